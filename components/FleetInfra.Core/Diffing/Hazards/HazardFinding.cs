using FleetInfra.Core.Diagnostics;

namespace FleetInfra.Core.Diffing.Hazards;

/// <summary>One hazard a rule finds: the cluster, the line that causes it (relative to the repository root) and the message.</summary>
internal sealed record HazardFinding(string Cluster, SourceLocation Location, string Message);
