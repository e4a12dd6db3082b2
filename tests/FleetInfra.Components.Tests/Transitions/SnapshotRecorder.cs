using System.Collections.Immutable;
using FleetInfra.Components.Tests.Fleet;
using FleetInfra.Components.Tests.Mocks;
using Pulumi;

namespace FleetInfra.Components.Tests.Transitions;

/// <summary>
/// Runs a program under the strict mocks and records every resource the engine would see. This repository's own
/// components (<c>fleet:index:*</c>) run in the program, so they are not resources the engine creates: depending on one
/// means depending on everything inside it (as the SDK expands it). Remote components (Pulumi.Eks) stay one resource.
/// </summary>
internal static class SnapshotRecorder
{
    /// <param name="stack">The stack's name.</param>
    /// <param name="program">The program.</param>
    /// <param name="configure">Gives resources outputs of their own, like a StackReference its base's (null: none).</param>
    public static async Task<ResourceSnapshot> RecordAsync(string stack, Func<IDictionary<string, object?>> program, Action<FleetMocks>? configure = null)
    {
        var mocks = new OutputRecordingMocks();
        configure?.Invoke(mocks);
        var run = await RecordedDeployment.RunAsync(mocks, stack, program);
        var inputs = mocks.Registered
            .GroupBy(r => (r.Type ?? "", r.Name ?? ""))
            .ToDictionary(g => g.Key, g => (ImmutableDictionary<string, object>)Comparable(g.Last().Inputs)!);

        bool IsLocal(RecordedResource r) => r.Type.StartsWith(StrictMocks.FleetComponentPrefix, StringComparison.Ordinal);
        var children = run.Recorded
            .Where(r => r.Options.Parent is not null)
            .ToLookup(r => r.Options.Parent!, ReferenceEqualityComparer.Instance);
        var byResource = run.Recorded.ToDictionary(r => (object)r.Resource, ReferenceEqualityComparer.Instance);
        string Key(Resource resource) => SnapshotResource.KeyOf(stack, resource.GetResourceType(), resource.GetResourceName());

        IEnumerable<string> Expand(Resource resource)
        {
            if (!byResource.TryGetValue(resource, out var recorded) || !IsLocal(recorded))
            {
                yield return Key(resource);
                yield break;
            }

            foreach (var child in children[resource])
            {
                foreach (var key in Expand(child.Resource))
                {
                    yield return key;
                }
            }
        }

        var resources = ImmutableArray.CreateBuilder<SnapshotResource>();
        foreach (var recorded in run.Recorded.Where(r => !IsLocal(r)))
        {
            var properties = (await InputDependencies.OfAsync(recorded.Args)).ToImmutableDictionary(
                p => p.Key, p => p.Value.SelectMany(Expand).ToImmutableHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
            var providerKey = recorded.Options.Provider is { } provider ? Key(provider) : null;
            var dependencies = recorded.DependsOn.SelectMany(Expand)
                .Concat(properties.Values.SelectMany(p => p))
                .Concat(providerKey is null ? [] : [providerKey])
                .Where(k => k != Key(recorded.Resource))
                .ToImmutableHashSet(StringComparer.Ordinal);
            var options = recorded.Options;
            var aliases = ImmutableArray.CreateBuilder<string>();
            foreach (var alias in options.Aliases)
            {
                if ((await Pulumi.Utilities.OutputUtilities.GetValueAsync(alias.ToOutput())).Name is { } aliasName)
                {
                    aliases.Add(SnapshotResource.KeyOf(stack, recorded.Type, await Pulumi.Utilities.OutputUtilities.GetValueAsync(aliasName.ToOutput())));
                }
            }

            resources.Add(new SnapshotResource(
                Key(recorded.Resource),
                stack,
                recorded.Type,
                recorded.Name,
                providerKey,
                inputs.TryGetValue((recorded.Type, recorded.Name), out var sent) ? sent : ImmutableDictionary<string, object>.Empty,
                properties,
                dependencies,
                [.. options.IgnoreChanges],
                (options as CustomResourceOptions)?.DeleteBeforeReplace ?? false,
                aliases.ToImmutable(),
                mocks.IdentityOutputs(recorded.Type, recorded.Name)));
        }

        return new ResourceSnapshot(resources.ToImmutable());
    }

    /// <summary>Inputs as plain values: a resource reference (which deserializes to a new object each run) becomes its type and name.</summary>
    private static object? Comparable(object? value) => value switch
    {
        Resource resource => $"resource:{resource.GetResourceType()}::{resource.GetResourceName()}",
        ImmutableDictionary<string, object> map => map.ToImmutableDictionary(e => e.Key, e => Comparable(e.Value)!, StringComparer.Ordinal),
        ImmutableArray<object> items => items.Select(i => Comparable(i)!).ToImmutableArray(),
        _ => value,
    };

    /// <summary>The fleet mocks, keeping what each resource computed (its id and outputs) beside its inputs.</summary>
    private sealed class OutputRecordingMocks : FleetMocks
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Type, string Name), ImmutableArray<string>> identities = new();

        public ImmutableArray<string> IdentityOutputs(string type, string name) => identities.GetValueOrDefault((type, name), []);

        public override async Task<(string? id, object state)> NewResourceAsync(Pulumi.Testing.MockResourceArgs args)
        {
            var (id, state) = await base.NewResourceAsync(args);
            var name = args.Name ?? "";
            var computed = state is ImmutableDictionary<string, object> outputs
                ? outputs.Where(o => !args.Inputs.ContainsKey(o.Key)).SelectMany(o => Strings(o.Value))
                : [];
            identities[(args.Type ?? "", name)] = [.. computed.Where(s => name.Length > 0 && s.Contains(name, StringComparison.Ordinal)).Concat(id is null ? [] : [id]).Distinct()];
            return (id, state);
        }

        private static IEnumerable<string> Strings(object? value) => value switch
        {
            string text => [text],
            ImmutableDictionary<string, object> map => map.Values.SelectMany(Strings),
            ImmutableArray<object> items => items.SelectMany(Strings),
            _ => [],
        };
    }
}
