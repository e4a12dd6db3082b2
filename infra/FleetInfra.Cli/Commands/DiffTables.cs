using FleetInfra.Core.Diffing;
using FleetInfra.Core.Policies;
using Spectre.Console;

namespace FleetInfra.Cli.Commands;

/// <summary>Prints a <see cref="FleetDiff"/> on a terminal: the hazards, then per cluster its objects, plan changes and restarts.</summary>
internal static class DiffTables
{
    private const int MaxFieldsShown = 6;

    /// <summary>Rows of a cluster's object table; a terminal cannot show more usefully (--json and --markdown list all).</summary>
    private const int MaxObjectsShown = 100;

    public static void Write(IAnsiConsole terminal, FleetDiff diff, string baseDisplay)
    {
        terminal.WriteLine($"Stack {diff.Stack}: working tree against {baseDisplay}");
        if (diff.IsEmpty)
        {
            terminal.WriteLine("No changes: every cluster renders the same objects and plan.");
            return;
        }

        if (!diff.Hazards.IsEmpty)
        {
            var hazards = new Table().Title("Hazards").AddColumns("id", "level", "cluster", "where", "what will happen, and how to do it safely");
            foreach (var hazard in diff.Hazards)
            {
                hazards.AddRow(hazard.Id, Level(hazard.Level), Markup.Escape(hazard.Cluster), Markup.Escape($"{hazard.File}:{hazard.Line}"), Markup.Escape(hazard.Message));
            }

            terminal.Write(hazards);
        }

        foreach (var cluster in diff.Clusters)
        {
            terminal.WriteLine();
            terminal.WriteLine(DiffText.Summary(cluster));
            if (!cluster.Plan.IsEmpty)
            {
                var plan = new Table().Title(Markup.Escape($"Plan of {cluster.Name}")).AddColumns("part", "name", "field", "change", "before", "after");
                foreach (var change in cluster.Plan)
                {
                    plan.AddRow(change.Part, Markup.Escape(change.Name), Markup.Escape(change.Field ?? string.Empty), DiffText.Name(change.Change), Markup.Escape(change.Before ?? string.Empty), Markup.Escape(change.After ?? string.Empty));
                }

                terminal.Write(plan);
            }

            if (!cluster.Objects.IsEmpty)
            {
                var objects = new Table().Title(Markup.Escape($"Objects of {cluster.Name}")).AddColumns("change", "app", "object", "fields");
                foreach (var change in cluster.Objects.Take(MaxObjectsShown))
                {
                    objects.AddRow(DiffText.Name(change.Change), Markup.Escape(change.App), Markup.Escape(change.ToString()), Markup.Escape(Fields(change)));
                }

                terminal.Write(objects);
                if (cluster.Objects.Length > MaxObjectsShown)
                {
                    terminal.WriteLine($"... and {cluster.Objects.Length - MaxObjectsShown} more objects on {cluster.Name} (--json and --markdown list all)");
                }
            }
        }
    }

    private static string Fields(ObjectDiff change)
    {
        var lines = change.Fields.Take(MaxFieldsShown).Select(f => $"{f.Path}: {f.Before ?? "(none)"} -> {f.After ?? "(none)"}").ToList();
        if (change.Fields.Length > MaxFieldsShown)
        {
            lines.Add($"... and {change.Fields.Length - MaxFieldsShown} more (--json lists all)");
        }

        return string.Join('\n', lines);
    }

    private static string Level(PolicyLevel level) => level == PolicyLevel.Error ? "[red]error[/]" : "[yellow]warning[/]";
}
