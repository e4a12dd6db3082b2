using System.Collections.Concurrent;
using System.Collections.Immutable;
using Pulumi;
using Pulumi.Testing;
using Pulumi.Utilities;

namespace FleetInfra.Components.Tests.Fleet;

/// <summary>
/// What a resource was registered with that the mocks do not see: parent, protect, explicit dependencies and the
/// provider (the mock monitor's URNs keep only the stack as parent), the options themselves and the args (whose
/// outputs name the resources each input came from).
/// </summary>
public sealed record RecordedResource(
    Resource Resource, string Type, string Name, string? ParentType, string? ParentName, bool Protect, ImmutableArray<Resource> DependsOn, string? ProviderName,
    ResourceOptions Options, ResourceArgs Args);

/// <summary>
/// Runs a program in-process against mocks inside a stack whose resource transformation records every
/// resource's options, and returns the program's outputs.
/// </summary>
public sealed class RecordedDeployment
{
    private static readonly AsyncLocal<Run?> Current = new();

    private RecordedDeployment(ImmutableArray<Resource> resources, IReadOnlyList<RecordedResource> recorded, IDictionary<string, object?> outputs)
    {
        Resources = resources;
        Recorded = recorded;
        Outputs = outputs;
    }

    public ImmutableArray<Resource> Resources { get; }

    /// <summary>Every resource the program created (not the stack), in creation order.</summary>
    public IReadOnlyList<RecordedResource> Recorded { get; }

    public IDictionary<string, object?> Outputs { get; }

    public IEnumerable<RecordedResource> OfType(string type) => Recorded.Where(r => r.Type == type);

    public static async Task<RecordedDeployment> RunAsync(IMocks mocks, string stack, Func<IDictionary<string, object?>> program)
    {
        var run = new Run(program);
        Current.Value = run;
        var resources = await Deployment.TestAsync<RecordingStack>(mocks, new TestOptions { ProjectName = "fleetinfra", StackName = stack, IsPreview = false });
        var recorded = new List<RecordedResource>();
        foreach (var (resource, args, options) in run.Records)
        {
            var dependsOn = options.DependsOn is { } list ? await OutputUtilities.GetValueAsync((Output<ImmutableArray<Resource>>)list) : [];
            recorded.Add(new RecordedResource(
                resource,
                resource.GetResourceType(),
                resource.GetResourceName(),
                options.Parent?.GetResourceType(),
                options.Parent?.GetResourceName(),
                options.Protect ?? false,
                dependsOn,
                options.Provider?.GetResourceName(),
                options,
                args));
        }

        return new RecordedDeployment(resources, recorded, run.Outputs);
    }

    private sealed class RecordingStack : Stack
    {
#pragma warning disable CS0618 // ResourceTransformations: the only hook that sees each resource's options in-process.
        public RecordingStack()
            : base(new StackOptions { ResourceTransformations = { Record } })
#pragma warning restore CS0618
        {
            var run = Current.Value!;
            run.Outputs = run.Program();
        }

        private static ResourceTransformationResult? Record(ResourceTransformationArgs args)
        {
            Current.Value!.Records.Enqueue((args.Resource, args.Args, args.Options));
            return null;
        }
    }

    /// <summary>One run's program and what it recorded; a mutable holder, because async-local values do not flow back.</summary>
    private sealed class Run(Func<IDictionary<string, object?>> program)
    {
        public Func<IDictionary<string, object?>> Program { get; } = program;

        public ConcurrentQueue<(Resource Resource, ResourceArgs Args, ResourceOptions Options)> Records { get; } = new();

        public IDictionary<string, object?> Outputs { get; set; } = new Dictionary<string, object?>();
    }
}
