using System.Collections.Immutable;

namespace FleetInfra.Core.Diffing;

/// <summary>Everything a change does to one cluster.</summary>
/// <param name="Name">The cluster.</param>
/// <param name="Change"><see cref="DiffChange.Added"/> or <see cref="DiffChange.Removed"/> for a whole cluster, else <see cref="DiffChange.Changed"/>.</param>
/// <param name="Objects">The rendered objects that change, in app order, then by kind and name.</param>
/// <param name="Plan">The changes to the cluster, its node groups, add-ons and DNS records.</param>
/// <param name="Rollout">The pods that restart and the apps that scale down.</param>
/// <param name="Hazards">What hurts, errors first, then by id and place.</param>
public sealed record ClusterDiff(
    string Name,
    DiffChange Change,
    ImmutableArray<ObjectDiff> Objects,
    ImmutableArray<PlanChange> Plan,
    RolloutImpact Rollout,
    ImmutableArray<Hazard> Hazards)
{
    /// <summary>How many objects are added, removed, changed in place and replaced.</summary>
    public int CountOf(DiffChange change) => Objects.Count(o => o.Change == change);
}
