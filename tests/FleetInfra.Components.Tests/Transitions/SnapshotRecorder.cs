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
    public static async Task<ResourceSnapshot> RecordAsync(string stack, Func<IDictionary<string, object?>> program, StrictMocks? mocks = null)
    {
        mocks ??= new FleetMocks();
        var run = await RecordedDeployment.RunAsync(mocks, stack, program);
        var inputs = mocks.Registered
            .GroupBy(r => (r.Type ?? "", r.Name ?? ""))
            .ToDictionary(g => g.Key, g => g.Last().Inputs);

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
                aliases.ToImmutable()));
        }

        return new ResourceSnapshot(resources.ToImmutable());
    }
}
