using System.Collections.Immutable;

namespace FleetInfra.Components.Tests.Transitions;

/// <summary>What <c>pulumi up</c> does with one resource.</summary>
internal enum ChangeKind
{
    Same,
    Create,
    Update,
    Replace,
    Delete,
}

/// <summary>One resource's change between two snapshots, with the input paths that differ.</summary>
internal sealed record ResourceChange(ChangeKind Kind, SnapshotResource? Before, SnapshotResource? After, ImmutableArray<string> ChangedPaths)
{
    public SnapshotResource Resource => After ?? Before!;

    public string Key => Resource.Key;

    public override string ToString() => $"{Kind.ToString().ToLowerInvariant()} {Resource.Type} {Resource.Name}"
        + (ChangedPaths.IsEmpty ? "" : $" ({string.Join(", ", ChangedPaths)})");
}

/// <summary>
/// Pulumi's diff of a program's new registrations against the previous state: a resource is matched by key or by one of its
/// aliases; it is replaced when a replace-on-change input changes (<see cref="ReplaceOnChanges"/>), updated when any
/// other input does, and inputs computed from a resource that is itself replaced or created count as changed (their new
/// values are unknown until then). <c>ignoreChanges</c> paths are not diffed.
/// </summary>
internal static class ResourceDiff
{
    public static ImmutableArray<ResourceChange> Between(ResourceSnapshot before, ResourceSnapshot after)
    {
        var changes = new List<ResourceChange>();
        var kinds = new Dictionary<string, ChangeKind>(StringComparer.Ordinal);
        var matched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var resource in after.Resources)
        {
            var previous = before.ByKey.GetValueOrDefault(resource.Key)
                ?? resource.Aliases.Select(before.ByKey.GetValueOrDefault).FirstOrDefault(r => r is not null);
            if (previous is null)
            {
                kinds[resource.Key] = ChangeKind.Create;
                changes.Add(new ResourceChange(ChangeKind.Create, null, resource, []));
                continue;
            }

            matched.Add(previous.Key);
            var ignored = resource.IgnoreChanges.AddRange(ProviderIgnoredPaths(resource));
            var paths = InputPaths.Differences(previous.Inputs, resource.Inputs)
                .Where(path => !ignored.Any(ignore => ReplaceOnChanges.Covers(ignore, path)))
                .ToList();
            // An input computed from a resource that gets a new identity changes with it.
            paths.AddRange(resource.PropertyDependencies
                .Where(p => p.Value.Any(key => kinds.GetValueOrDefault(key) is ChangeKind.Replace or ChangeKind.Create))
                .Select(p => p.Key)
                .Where(path => !paths.Any(changed => ReplaceOnChanges.Covers(path, changed)))
                .ToList());
            var providerReplaced = resource.ProviderKey is { } provider && kinds.GetValueOrDefault(provider) == ChangeKind.Replace;
            var kind = paths.Count == 0 && !providerReplaced ? ChangeKind.Same
                : providerReplaced || paths.Any(path => ReplaceOnChanges.Replaces(resource.Type, path)) ? ChangeKind.Replace
                : ChangeKind.Update;
            kinds[resource.Key] = kind;
            changes.Add(new ResourceChange(kind, previous, resource, [.. paths.Order(StringComparer.Ordinal)]));
        }

        changes.AddRange(before.Resources.Where(r => !matched.Contains(r.Key)).Select(r => new ResourceChange(ChangeKind.Delete, r, null, [])));
        return [.. changes];
    }

    /// <summary>
    /// Paths a provider itself leaves alone: pulumi-eks 4.3.0's <c>ManagedNodeGroup</c> with <c>ignoreScalingChanges</c>
    /// puts <c>scalingConfig.desiredSize</c> in the <c>ignoreChanges</c> of the node group it creates (nodejs/eks/nodes/nodegroup.ts).
    /// </summary>
    private static IEnumerable<string> ProviderIgnoredPaths(SnapshotResource resource) =>
        resource.Type == "eks:index:ManagedNodeGroup" && resource.Inputs.GetValueOrDefault("ignoreScalingChanges") is true
            ? ["scalingConfig.desiredSize"]
            : [];
}
