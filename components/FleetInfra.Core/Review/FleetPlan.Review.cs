namespace FleetInfra.Core.Planning;

/// <summary>Whether the stack owns its clusters.</summary>
public sealed partial record FleetPlan
{
    /// <summary>An apps-only stack's base (<c>fleet:clustersFrom</c> as written); null when the stack owns its clusters.</summary>
    public string? ClustersFrom { get; init; }

    /// <summary>An apps-only stack's <c>fleet:expiresAt</c>; null when it has none.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>An apps-only stack's idle suspension: <c>fleet:lastChangeAt</c>, <c>fleet:idleAfter</c> and <c>fleet:suspended</c>.</summary>
    public Review.ReviewIdleness? Idleness { get; init; }

    /// <summary>The clusters this stack creates and owns: none for an apps-only stack.</summary>
    public int ClustersOwned => ClustersFrom is null ? Clusters.Length : 0;
}
