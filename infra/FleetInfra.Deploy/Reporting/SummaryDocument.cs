namespace FleetInfra.Deploy.Reporting;

/// <summary>The <c>--json</c> summary of a run: <c>operation</c>, <c>exitCode</c>, <c>stacks</c>, <c>possiblyLocked</c>.</summary>
public sealed record SummaryDocument(string Operation, int ExitCode, IReadOnlyList<SummaryRow> Stacks, IReadOnlyList<string> PossiblyLocked);
