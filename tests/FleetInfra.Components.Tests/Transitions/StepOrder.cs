using System.Collections.Immutable;

namespace FleetInfra.Components.Tests.Transitions;

/// <summary>One step of <c>pulumi up</c>.</summary>
internal enum StepKind
{
    Create,
    Update,
    /// <summary>The replacement of a resource, created while the old one still exists (create-before-delete).</summary>
    CreateReplacement,
    /// <summary>The old resource of a replacement, deleted at the end (or first, with <c>deleteBeforeReplace</c>).</summary>
    DeleteReplaced,
    Delete,
}

/// <summary>A step and the resource state it applies (or, for deletes, removes).</summary>
internal sealed record Step(StepKind Kind, SnapshotResource Resource)
{
    public override string ToString() => $"{Kind} {Resource.Type} {Resource.Name}";
}

/// <summary>
/// Pulumi's default order of the steps of a diff. Creates, updates and replacements run as soon as what they depend on is
/// done (the engine runs independent steps in parallel); each replacement is created before the old resource is deleted,
/// and every delete (of removed resources and of replaced ones) runs at the end, dependents before what they depend on.
/// Among steps that may run at the same time, the one registered later goes first: the least convenient order the
/// engine may pick, so a missing dependency shows.
/// </summary>
internal static class StepOrder
{
    public static ImmutableArray<Step> Of(ImmutableArray<ResourceChange> changes, ResourceSnapshot before, ResourceSnapshot after)
    {
        var steps = new List<Step>();
        var kinds = changes.Where(c => c.After is not null).ToDictionary(c => c.After!.Key, c => c, StringComparer.Ordinal);
        foreach (var resource in ByLevel(after, resource => resource.Dependencies))
        {
            var change = kinds[resource.Key];
            switch (change.Kind)
            {
                case ChangeKind.Create:
                    steps.Add(new Step(StepKind.Create, resource));
                    break;
                case ChangeKind.Update:
                    steps.Add(new Step(StepKind.Update, resource));
                    break;
                case ChangeKind.Replace when resource.DeleteBeforeReplace:
                    steps.Add(new Step(StepKind.DeleteReplaced, change.Before!));
                    steps.Add(new Step(StepKind.CreateReplacement, resource));
                    break;
                case ChangeKind.Replace:
                    steps.Add(new Step(StepKind.CreateReplacement, resource));
                    break;
            }
        }

        var deleted = changes.Where(c => c.Kind == ChangeKind.Delete).Select(c => c.Before!.Key)
            .Concat(changes.Where(c => c.Kind == ChangeKind.Replace && !c.After!.DeleteBeforeReplace).Select(c => c.Before!.Key))
            .ToHashSet(StringComparer.Ordinal);
        // Dependents first: a resource is deleted after everything that depended on it in the previous state.
        var dependents = before.Resources
            .SelectMany(r => r.Dependencies.Select(d => (Dependency: d, Dependent: r.Key)))
            .ToLookup(p => p.Dependency, p => p.Dependent, StringComparer.Ordinal);
        foreach (var resource in ByLevel(before, resource => dependents[resource.Key]).Where(r => deleted.Contains(r.Key)))
        {
            var replaced = changes.Any(c => c.Kind == ChangeKind.Replace && c.Before!.Key == resource.Key);
            steps.Add(new Step(replaced ? StepKind.DeleteReplaced : StepKind.Delete, resource));
        }

        return [.. steps];
    }

    /// <summary>
    /// The snapshot's resources by how many steps of <paramref name="waitsFor"/> lie below them (those waiting for nothing
    /// first); within a level, later registrations first.
    /// </summary>
    private static IEnumerable<SnapshotResource> ByLevel(ResourceSnapshot snapshot, Func<SnapshotResource, IEnumerable<string>> waitsFor)
    {
        var levels = new Dictionary<string, int>(StringComparer.Ordinal);
        int Level(SnapshotResource resource, int depth)
        {
            if (levels.TryGetValue(resource.Key, out var known))
            {
                return known;
            }

            if (depth > snapshot.Resources.Length)
            {
                throw new InvalidOperationException($"dependency cycle through {resource.Key}");
            }

            var level = waitsFor(resource).Select(snapshot.ByKey.GetValueOrDefault).OfType<SnapshotResource>()
                .Select(r => Level(r, depth + 1) + 1).DefaultIfEmpty(0).Max();
            return levels[resource.Key] = level;
        }

        var order = snapshot.Resources.Select((resource, index) => (resource, index, level: Level(resource, 0)));
        return order.OrderBy(r => r.level).ThenByDescending(r => r.index).Select(r => r.resource);
    }
}
