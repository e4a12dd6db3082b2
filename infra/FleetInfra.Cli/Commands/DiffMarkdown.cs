using System.Text;
using FleetInfra.Core.Diffing;
using FleetInfra.Core.Policies;

namespace FleetInfra.Cli.Commands;

/// <summary>
/// A <see cref="FleetDiff"/> as a pull-request comment: a heading, the hazards first, a summary line per cluster, and each
/// cluster's objects and plan collapsed in <c>&lt;details&gt;</c>.
/// </summary>
internal static class DiffMarkdown
{
    public static string Write(FleetDiff diff, string baseDisplay)
    {
        var text = new StringBuilder();
        text.Append("### fleet diff: stack `").Append(diff.Stack).Append("` against `").Append(baseDisplay).Append("`\n\n");
        if (diff.IsEmpty)
        {
            text.Append("No changes: every cluster renders the same objects and plan.\n");
            return text.ToString();
        }

        var errors = diff.Hazards.Count(h => h.Level == PolicyLevel.Error);
        if (diff.Hazards.IsEmpty)
        {
            text.Append("No hazards.\n\n");
        }
        else
        {
            text.Append("**Hazards: ").Append(errors).Append(" error").Append(errors == 1 ? string.Empty : "s").Append(", ")
                .Append(diff.Hazards.Length - errors).Append(" warning").Append(diff.Hazards.Length - errors == 1 ? string.Empty : "s").Append("**\n\n");
            text.Append("| level | id | cluster | where | what will happen, and how to do it safely |\n| --- | --- | --- | --- | --- |\n");
            foreach (var hazard in diff.Hazards)
            {
                text.Append("| ").Append(hazard.Level == PolicyLevel.Error ? ":x: error" : ":warning: warning")
                    .Append(" | ").Append(hazard.Id)
                    .Append(" | ").Append(Cell(hazard.Cluster))
                    .Append(" | `").Append(Cell(hazard.File)).Append(':').Append(hazard.Line).Append('`')
                    .Append(" | ").Append(Cell(hazard.Message)).Append(" |\n");
            }

            text.Append('\n');
        }

        foreach (var cluster in diff.Clusters)
        {
            text.Append("- **").Append(Cell(cluster.Name)).Append("**: ").Append(Cell(DiffText.Summary(cluster)[(cluster.Name.Length + 2)..])).Append('\n');
        }

        foreach (var cluster in diff.Clusters)
        {
            text.Append("\n<details><summary>").Append(Cell(cluster.Name)).Append(": objects and plan</summary>\n\n");
            if (!cluster.Plan.IsEmpty)
            {
                text.Append("| part | name | field | change | before | after |\n| --- | --- | --- | --- | --- | --- |\n");
                foreach (var change in cluster.Plan)
                {
                    text.Append("| ").Append(change.Part).Append(" | ").Append(Cell(change.Name)).Append(" | ").Append(Cell(change.Field ?? string.Empty))
                        .Append(" | ").Append(DiffText.Name(change.Change)).Append(" | ").Append(Cell(change.Before ?? string.Empty)).Append(" | ").Append(Cell(change.After ?? string.Empty)).Append(" |\n");
                }

                text.Append('\n');
            }

            if (!cluster.Objects.IsEmpty)
            {
                text.Append("| change | app | object | fields |\n| --- | --- | --- | --- |\n");
                foreach (var change in cluster.Objects)
                {
                    var fields = string.Join("<br>", change.Fields.Select(f => $"`{Cell(f.Path)}`: {Cell(f.Before ?? "(none)")} → {Cell(f.After ?? "(none)")}"));
                    text.Append("| ").Append(DiffText.Name(change.Change)).Append(" | ").Append(Cell(change.App)).Append(" | ").Append(Cell(change.ToString())).Append(" | ").Append(fields).Append(" |\n");
                }

                text.Append('\n');
            }

            text.Append("</details>\n");
        }

        return text.ToString();
    }

    /// <summary>Text safe in a table cell: pipes escaped, HTML brackets and newlines neutralised.</summary>
    private static string Cell(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
