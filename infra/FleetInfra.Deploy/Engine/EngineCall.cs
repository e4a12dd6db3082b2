namespace FleetInfra.Deploy.Engine;

/// <summary>How one engine operation reports: every output line (whole lines only) and an optional update plan file.</summary>
public sealed record EngineCall(Action<string> OnOutputLine, string? PlanFile = null)
{
    /// <summary>
    /// Set on the first interrupt, unless a terminal's Ctrl-C already reached the engine's processes: the engine should
    /// pass it on so that they finish cleanly (the Pulumi CLI gets SIGINT). The operation's own cancellation token is
    /// the forced stop.
    /// </summary>
    public CancellationToken Stop { get; init; }

    /// <summary>Each resource step the engine announces, for the per-resource change list.</summary>
    public Action<ResourceStep> OnResourceStep { get; init; } = _ => { };
}
