using System.CommandLine;
using FleetInfra.Core.Planning;
using FleetInfra.Core.Reporting;
using Spectre.Console;

namespace FleetInfra.Cli.Commands;

/// <summary><c>fleet plan</c>: the clusters, node groups and apps of a stack, with object counts.</summary>
internal static class PlanCommand
{
    public static Command Create(CliConsole console)
    {
        var input = new StackInput();
        var json = new Option<bool>("--json") { Description = "Print the plan as JSON for machines" };
        var command = new Command("plan", "Show the clusters, node groups and apps of a stack with the objects each app gets");
        input.AddTo(command);
        command.Options.Add(json);
        command.SetAction(parseResult =>
        {
            if (input.LoadPlan(parseResult, console) is not { } plan)
            {
                return ExitCodes.BadInput;
            }

            var summary = PlanSummary.From(plan);
            if (parseResult.GetValue(json))
            {
                console.Output.WriteLine(CliJson.Serialize(summary));
            }
            else
            {
                WriteTables(console.Terminal(), summary);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static string Replicas(AppSummary app)
    {
        var count = app.MinReplicas == app.MaxReplicas ? $"{app.MinReplicas}" : $"{app.MinReplicas}-{app.MaxReplicas} ({(app.Objects.ContainsKey("ScaledObject") ? "KEDA" : "HPA")})";
        return app.Schedule is null ? count : $"{count}\n{app.Schedule}, else 0";
    }

    private static void WriteTables(IAnsiConsole terminal, PlanSummary summary)
    {
        terminal.WriteLine($"Stack {summary.Stack} (environment {summary.Environment}{(summary.Protect ? ", protected" : string.Empty)})");
        if (summary.ClustersFrom is { } clustersFrom)
        {
            terminal.WriteLine($"Apps only: on the clusters of {clustersFrom}, owns none");
        }

        var clusters = new Table().Title("Clusters").AddColumns("cluster", "provider", "region", "kubernetes", "node groups", "apps", "objects");
        foreach (var cluster in summary.Clusters)
        {
            var groups = string.Join("\n", cluster.NodeGroups.Select(g =>
                $"{g.Name}: {string.Join(",", g.InstanceTypes)} {g.MinSize}-{g.MaxSize} (desired {g.DesiredSize}){(g.Spot ? " spot" : string.Empty)}"));
            clusters.AddRow(
                Markup.Escape(cluster.Class is { } cls ? $"{cluster.Name}\n(class {cls})" : cluster.Name),
                cluster.Provider,
                Markup.Escape(cluster.Project is null ? cluster.Region : $"{cluster.Region} ({cluster.Project})"),
                cluster.KubernetesVersion,
                Markup.Escape(groups),
                cluster.Apps.Length.ToString(System.Globalization.CultureInfo.InvariantCulture),
                cluster.Objects.Values.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        terminal.Write(clusters);
        terminal.Write(PlacementTable.Of(summary));
        foreach (var cluster in summary.Clusters)
        {
            var apps = new Table().Title($"Apps on {Markup.Escape(cluster.Name)}").AddColumns("app", "team", "image", "cpu", "memory", "replicas", "ports", "private ports from", "hosts", "objects");
            foreach (var app in cluster.Apps)
            {
                apps.AddRow(
                    Markup.Escape(app.Name),
                    Markup.Escape(app.Team ?? "-"),
                    Markup.Escape(app.Image),
                    app.Cpu,
                    app.Memory,
                    Markup.Escape(Replicas(app)),
                    Markup.Escape(string.Join("\n", app.Ports)),
                    Markup.Escape(app.Ports.Any(p => !p.EndsWith(" public", StringComparison.Ordinal)) ? string.Join("\n", app.AllowedFrom) : "-"),
                    Markup.Escape(string.Join("\n", app.Hosts)),
                    Markup.Escape($"{app.ObjectCount}: {string.Join(", ", app.Objects.Select(o => o.Value > 1 ? $"{o.Key} x{o.Value}" : o.Key))}"));
            }

            terminal.Write(apps);
            if (!cluster.Addons.IsEmpty)
            {
                var addons = new Table().Title($"Add-ons on {Markup.Escape(cluster.Name)} (what pulumi up installs so the objects above take effect)").AddColumns("need", "delivered by", "because");
                foreach (var addon in cluster.Addons)
                {
                    addons.AddRow(Markup.Escape(addon.Need), Markup.Escape(addon.Delivery), Markup.Escape(addon.Reason));
                }

                terminal.Write(addons);
            }
        }
    }
}
