using System.Globalization;
using System.Text;
using FleetInfra.Deploy.Running;

namespace FleetInfra.Deploy.Reporting;

/// <summary>
/// The Markdown summary (job summary and pull-request comment alike): a marker line to find an earlier comment by,
/// the table, the errors, and per stack the resources that change, from the engine's resource events.
/// </summary>
public static class SummaryMarkdown
{
    /// <summary>The first line, an HTML comment GitHub does not show: <c>&lt;!-- fleet deploy preview --&gt;</c>.</summary>
    public static string Marker(DeployOperation operation) => $"<!-- fleet deploy {operation.Name()} -->";

    public static string Of(DeployReport report, IReadOnlyList<SummaryRow> rows)
    {
        var text = new StringBuilder();
        text.Append(Marker(report.Operation)).Append('\n');
        text.Append("### fleet deploy ").Append(report.Operation.Name()).Append('\n').Append('\n');
        if (report.Error is { } error)
        {
            text.Append("- ").Append(Escape(error)).Append('\n');
        }

        Table(text, SummaryRow.Headers, rows.Select(r => r.Cells));
        foreach (var row in rows.Where(r => r.Error is not null))
        {
            text.Append("\n- `").Append(row.Stack).Append("`: ").Append(Escape(row.Error!));
        }

        foreach (var row in rows.Where(r => r.Steps is { Count: > 0 }))
        {
            var counts = row.Steps!.GroupBy(s => s.Operation).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => $"{g.Count().ToString(CultureInfo.InvariantCulture)} {g.Key}");
            text.Append("\n\n<details><summary><code>").Append(row.Stack).Append("</code>: ").AppendJoin(", ", counts).Append("</summary>\n\n");
            Table(text, ["operation", "type", "name"], row.Steps!.Select(s => (IReadOnlyList<string>)[s.Operation, $"`{s.Type}`", $"`{s.Name}`"]));
            text.Append("\n</details>");
        }

        return text.Append("\n\n").ToString();
    }

    private static void Table(StringBuilder text, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        text.Append("| ").AppendJoin(" | ", headers).Append(" |\n");
        text.Append('|').Append(string.Concat(Enumerable.Repeat(" --- |", headers.Count))).Append('\n');
        foreach (var row in rows)
        {
            text.Append("| ").AppendJoin(" | ", row.Select(Escape)).Append(" |\n");
        }
    }

    private static string Escape(string cell) => cell.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
