using FleetInfra.Core.Reporting;
using Spectre.Console;

namespace FleetInfra.Cli.Commands;

/// <summary><c>fleet plan</c>'s placement matrix: a row per cluster with its labels, a column per app.</summary>
internal static class PlacementTable
{
    public static Table Of(PlanSummary summary)
    {
        var apps = summary.Clusters.SelectMany(c => c.Apps.Select(a => a.Name)).Distinct().Order(StringComparer.Ordinal).ToArray();
        var table = new Table().Title("Placement (apps x clusters)").AddColumns("cluster", "labels");
        foreach (var app in apps)
        {
            table.AddColumn(new TableColumn(Markup.Escape(app)).Centered());
        }

        foreach (var cluster in summary.Clusters)
        {
            var placed = cluster.Apps.Select(a => a.Name).ToHashSet(StringComparer.Ordinal);
            table.AddRow(
            [
                Markup.Escape(cluster.Name),
                Markup.Escape(string.Join("\n", cluster.Labels.Select(l => $"{l.Key}={l.Value}"))),
                .. apps.Select(app => placed.Contains(app) ? "x" : "-"),
            ]);
        }

        return table;
    }
}
