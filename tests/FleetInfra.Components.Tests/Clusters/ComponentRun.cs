using System.Collections.Concurrent;
using System.Collections.Immutable;
using FleetInfra.Components.Tests.Mocks;
using Pulumi;
using Pulumi.Testing;

namespace FleetInfra.Components.Tests.Clusters;

/// <summary>What a resource was registered with that the mocks do not see: its parent and its protect option.</summary>
internal sealed record Registration(string Type, string Name, string? ParentType, string? ParentName, bool Protect);

/// <summary>
/// One in-process Pulumi deployment of a single component against <see cref="StrictMocks"/>, with the parent and
/// protect option of every resource recorded on the side (the mock monitor's URNs keep only the stack as parent).
/// </summary>
internal sealed class ComponentRun<T>
    where T : ComponentResource
{
    private ComponentRun(T component, StrictMocks mocks, ImmutableArray<Resource> resources, IReadOnlyList<Registration> registrations)
    {
        Component = component;
        Mocks = mocks;
        Resources = resources;
        Registrations = registrations;
    }

    public T Component { get; }

    public StrictMocks Mocks { get; }

    public ImmutableArray<Resource> Resources { get; }

    /// <summary>The component and every resource created inside it, in registration order.</summary>
    public IReadOnlyList<Registration> Registrations { get; }

    /// <summary>How many resources of each type were registered with protect on.</summary>
    public Dictionary<string, int> ProtectedCountsByType() =>
        Registrations.Where(r => r.Protect).GroupBy(r => r.Type).ToDictionary(g => g.Key, g => g.Count());

    public static async Task<ComponentRun<T>> RunAsync(Func<ComponentResourceOptions, T> create, StrictMocks? mocks = null)
    {
        mocks ??= new StrictMocks();
        var registrations = new ConcurrentQueue<Registration>();
        T? component = null;
#pragma warning disable CS0618 // ResourceTransformations: the only hook that sees each child's options in-process.
        var options = new ComponentResourceOptions
        {
            ResourceTransformations =
            {
                args =>
                {
                    var parent = args.Options.Parent;
                    registrations.Enqueue(new Registration(
                        args.Resource.GetResourceType(), args.Resource.GetResourceName(), parent?.GetResourceType(), parent?.GetResourceName(), args.Options.Protect ?? false));
                    return null;
                },
            },
        };
#pragma warning restore CS0618
        var resources = await Deployment.TestAsync(
            mocks,
            new TestOptions { ProjectName = "fleetinfra", StackName = "test", IsPreview = false },
            () => { component = create(options); });
        return new ComponentRun<T>(component!, mocks, resources, [.. registrations]);
    }
}

internal static class OutputValues
{
    /// <summary>The resolved value of an output (the deployment has completed, so it is known).</summary>
    public static Task<T> ValueAsync<T>(this Output<T> output)
    {
        var value = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        output.Apply(v =>
        {
            value.TrySetResult(v);
            return v;
        });
        return value.Task;
    }

    /// <summary>The resolved value of an output and whether it is a secret.</summary>
    public static async Task<(T Value, bool IsSecret)> ResolveWithSecretAsync<T>(this Output<T> output) =>
        (await output.ValueAsync(), await Output.IsSecretAsync(output));
}
