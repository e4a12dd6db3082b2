namespace FleetInfra.Deploy.Engine;

/// <summary>How one engine operation reports: every output line (whole lines only) and an optional update plan file.</summary>
public sealed record EngineCall(Action<string> OnOutputLine, string? PlanFile = null);
