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
        foreach (var resource in ByLevel(after, resource => resource.Dependencies, latestFirst: true))
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
        // Among deletes that may run together, the one registered first goes first: the reverse of the natural order.
        foreach (var resource in ByLevel(before, resource => dependents[resource.Key], latestFirst: false).Where(r => deleted.Contains(r.Key)))
        {
            var replaced = changes.Any(c => c.Kind == ChangeKind.Replace && c.Before!.Key == resource.Key);
            steps.Add(new Step(replaced ? StepKind.DeleteReplaced : StepKind.Delete, resource));
        }

        return [.. steps];
    }

    /// <summary>
    /// The snapshot's resources in an order the engine may run them: each once everything it waits for
    /// (<paramref name="waitsFor"/>) is done, and among those ready, the one registered last (<paramref name="latestFirst"/>)
    /// or first. Taking one ready resource at every step, rather than whole levels, lets a resource overtake an unrelated
    /// one, as the engine's parallel steps can, so a missing dependency shows.
    /// </summary>
    private static IEnumerable<SnapshotResource> ByLevel(ResourceSnapshot snapshot, Func<SnapshotResource, IEnumerable<string>> waitsFor, bool latestFirst)
    {
        var index = snapshot.Resources.Select((resource, i) => (resource.Key, i)).ToDictionary(p => p.Key, p => p.i, StringComparer.Ordinal);
        var waiting = snapshot.Resources.ToDictionary(
            r => r.Key,
            r => waitsFor(r).Where(index.ContainsKey).ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
        var waiters = waiting.SelectMany(w => w.Value.Select(d => (Dependency: d, Waiter: w.Key)))
            .ToLookup(p => p.Dependency, p => p.Waiter, StringComparer.Ordinal);
        var ready = new SortedSet<int>(waiting.Where(w => w.Value.Count == 0).Select(w => index[w.Key]));
        var done = 0;
        while (ready.Count > 0)
        {
            var pick = latestFirst ? ready.Max : ready.Min;
            var next = snapshot.Resources[pick];
            ready.Remove(pick);
            done++;
            yield return next;
            foreach (var waiter in waiters[next.Key])
            {
                if (waiting[waiter].Remove(next.Key) && waiting[waiter].Count == 0)
                {
                    ready.Add(index[waiter]);
                }
            }
        }

        if (done < snapshot.Resources.Length)
        {
            throw new InvalidOperationException($"dependency cycle through {waiting.First(w => w.Value.Count > 0).Key}");
        }
    }
}
