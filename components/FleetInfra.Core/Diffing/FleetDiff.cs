using System.Collections.Immutable;

namespace FleetInfra.Core.Diffing;

/// <summary>What a change to a stack and its intents does to every cluster, with judgement: <see cref="FleetDiffer.Compare"/> builds it.</summary>
/// <param name="Stack">The stack.</param>
/// <param name="Base">The base, as the caller names it (a git revision).</param>
/// <param name="Clusters">The clusters that change, in the working tree's order, then the removed ones in the base's order. Empty when nothing changes.</param>
public sealed record FleetDiff(string Stack, string Base, ImmutableArray<ClusterDiff> Clusters)
{
    /// <summary>Every cluster's hazards, errors first.</summary>
    public ImmutableArray<Hazard> Hazards => [.. Clusters.SelectMany(c => c.Hazards).OrderBy(h => h.Level == Policies.PolicyLevel.Error ? 0 : 1)];

    /// <summary>Nothing changes on any cluster.</summary>
    public bool IsEmpty => Clusters.IsEmpty;
}
