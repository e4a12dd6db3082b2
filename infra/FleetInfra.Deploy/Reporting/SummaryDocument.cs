namespace FleetInfra.Deploy.Reporting;

/// <summary>
/// The <c>--json</c> summary of a run (README, "Running from CI"): <c>schemaVersion</c>, <c>operation</c>,
/// <c>exitCode</c>, <c>error</c> (when no stack could be chosen), <c>stacks</c>, <c>possiblyLocked</c>, and with
/// <c>--waves</c> <c>waves</c>: each wave's stacks and result.
/// </summary>
public sealed record SummaryDocument(int SchemaVersion, string Operation, int ExitCode, string? Error, IReadOnlyList<SummaryRow> Stacks, IReadOnlyList<string> PossiblyLocked, IReadOnlyList<WaveRow>? Waves = null)
{
    /// <summary>
    /// Raised when a field changes meaning or goes away (adding one does not). 2: <c>schemaVersion</c>, <c>error</c>,
    /// the results <c>pending</c>, <c>refused</c> and <c>skipped</c>, <c>refresh</c> and <c>steps</c> per stack.
    /// </summary>
    public const int CurrentSchemaVersion = 2;
}
