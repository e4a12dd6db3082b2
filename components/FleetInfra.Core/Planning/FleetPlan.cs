using System.Collections.Immutable;

namespace FleetInfra.Core.Planning;

/// <summary>The whole plan of one stack: immutable, deterministic, the single source for every renderer.</summary>
public sealed partial record FleetPlan
{
    public required string Stack { get; init; }

    public required string Environment { get; init; }

    /// <summary>Protect clusters, node groups and networks from deletion.</summary>
    public required bool Protect { get; init; }

    /// <summary>The stack's teams (<c>fleet:teams</c>): the Pulumi layer maps their identities to Kubernetes groups.</summary>
    public ImmutableArray<Config.TeamConfig> Teams { get; init; } = [];

    /// <summary>Clusters in stack-file order.</summary>
    public required ImmutableArray<ClusterPlan> Clusters { get; init; }

    /// <summary>The stack's <c>fleet:rollout</c>, null when it has none.</summary>
    public Rollout.RolloutConfig? Rollout { get; init; }

    /// <summary>The cluster names of each rollout wave, in order (one wave of every cluster without <c>fleet:rollout</c>).</summary>
    public ImmutableArray<ImmutableArray<string>> Waves { get; init; } = [];
}
