namespace FleetInfra.Core.Reporting;

/// <summary>Whether the summarized stack owns its clusters.</summary>
public sealed partial record PlanSummary
{
    /// <summary>An apps-only stack's base (<c>fleet:clustersFrom</c>); null when the stack owns its clusters.</summary>
    public string? ClustersFrom { get; init; }

    /// <summary>The clusters the stack creates and owns: 0 for an apps-only stack, whose clusters are its base's.</summary>
    public int ClustersOwned { get; init; }
}
