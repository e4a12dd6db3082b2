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
/// other input does, and an input that names a replaced resource (its id or ARN) changes with it. Other inputs computed
/// from a replaced resource keep their value when it does not change: <c>pulumi up</c> diffs known values. <c>ignoreChanges</c> paths are not diffed.
/// </summary>
internal static class ResourceDiff
{
    public static ImmutableArray<ResourceChange> Between(ResourceSnapshot before, ResourceSnapshot after)
    {
        var changes = new List<ResourceChange>();
        var kinds = new Dictionary<string, ChangeKind>(StringComparer.Ordinal);
        var matched = new HashSet<string>(StringComparer.Ordinal);
        // Per resource, the values that change with this run because the object they name is replaced: a replaced
        // resource's own id and ARN, and what its outputs pass on from replaced resources it was made from.
        var changedNames = new Dictionary<string, ImmutableArray<string>>(StringComparer.Ordinal);
        foreach (var resource in after.Resources)
        {
            var previous = before.ByKey.GetValueOrDefault(resource.Key)
                ?? resource.Aliases.Select(before.ByKey.GetValueOrDefault).FirstOrDefault(r => r is not null);
            if (previous is null)
            {
                kinds[resource.Key] = ChangeKind.Create;
                changedNames[resource.Key] = [];
                changes.Add(new ResourceChange(ChangeKind.Create, null, resource, []));
                continue;
            }

            matched.Add(previous.Key);
            var ignored = resource.IgnoreChanges.AddRange(ProviderIgnoredPaths(resource));
            var paths = InputPaths.Differences(previous.Inputs, resource.Inputs)
                .Where(path => !ignored.Any(ignore => ReplaceOnChanges.Covers(ignore, path)))
                .ToList();
            // An input that names a replaced resource (its id or ARN, or one its outputs pass on) changes with it.
            var namesChanged = resource.PropertyDependencies
                .Select(p => (Path: p.Key, Tokens: p.Value.SelectMany(key => changedNames.GetValueOrDefault(key, []))
                    .Where(token => InputPaths.Contains(resource.Inputs.GetValueOrDefault(p.Key), token)).ToList()))
                .Where(p => p.Tokens.Count > 0)
                .ToList();
            paths.AddRange(namesChanged.Select(p => p.Path).Where(path => !paths.Any(changed => ReplaceOnChanges.Covers(path, changed))).ToList());
            var providerReplaced = resource.ProviderKey is { } provider && kinds.GetValueOrDefault(provider) == ChangeKind.Replace;
            var kind = paths.Count == 0 && !providerReplaced ? ChangeKind.Same
                : providerReplaced || paths.Any(path => ReplaceOnChanges.Replaces(resource.Type, path)) ? ChangeKind.Replace
                : ChangeKind.Update;
            kinds[resource.Key] = kind;
            changedNames[resource.Key] = [.. (kind == ChangeKind.Replace ? resource.IdentityOutputs : []).Concat(namesChanged.SelectMany(p => p.Tokens)).Distinct()];
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
