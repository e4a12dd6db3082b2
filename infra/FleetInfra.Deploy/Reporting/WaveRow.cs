namespace FleetInfra.Deploy.Reporting;

/// <summary>
/// One wave of a <c>--waves</c> run in the <c>--json</c> summary: its number (from 1), its stacks, and its result:
/// <c>succeeded</c> when every stack did, <c>failed</c> when one failed (the run stops there), <c>skipped</c> after that.
/// </summary>
public sealed record WaveRow(int Wave, IReadOnlyList<string> Stacks, string Result)
{
    public static IReadOnlyList<WaveRow>? Of(IReadOnlyList<SummaryRow> rows) =>
        rows.Any(r => r.Wave is not null)
            ? [.. rows.Where(r => r.Wave is not null).GroupBy(r => r.Wave!.Value).OrderBy(g => g.Key).Select(g => new WaveRow(
                g.Key,
                [.. g.Select(r => r.Stack)],
                g.All(r => r.Result == "skipped") ? "skipped" : g.All(r => r.Result == "succeeded") ? "succeeded" : "failed"))]
            : null;
}
