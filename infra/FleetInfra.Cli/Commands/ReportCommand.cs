using System.CommandLine;
using FleetInfra.Core.Costs;
using FleetInfra.Core.Planning;
using FleetInfra.Core.Reporting;
using FleetInfra.Core.Reporting.Html;
using FleetInfra.Core.Review;

namespace FleetInfra.Cli.Commands;

/// <summary><c>fleet report</c>: one self-contained HTML page with the topology, capacity, cost and schedule savings.</summary>
internal static class ReportCommand
{
    public static Command Create(CliConsole console)
    {
        var input = new StackInput(optional: true);
        var prices = new PriceTableInput();
        var all = new Option<bool>("--all") { Description = "One page for every stack of the repository: clusters, showback by stack, team and app, budgets, findings, add-ons" };
        var deploySummaries = new Option<DirectoryInfo?>("--deploy-summaries") { Description = "With --all: a folder of 'fleet deploy --json' files, for the last deploy and drift of each stack" };
        var output = new Option<FileInfo>("--out", "-o") { Description = "The HTML file to write, like report.html", Required = true };
        var recommendations = new Option<FileInfo?>("--vpa-recommendations")
        {
            Description = "The JSON of kubectl get vpa -A -o json: shows each app's requests beside its VerticalPodAutoscaler's target",
        };
        var command = new Command("report", "Write a self-contained HTML report of a stack: topology, requested vs capacity, cost breakdown and schedule savings");
        input.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(all);
        command.Options.Add(deploySummaries);
        command.Options.Add(recommendations);
        prices.AddTo(command);
        FleetStacks.RequireStackOrAll(command, input, all);
        command.SetAction(parseResult =>
        {
            string html;
            if (parseResult.GetValue(all))
            {
                if (PriceTableInput.Read(parseResult.GetValue(prices.Prices)?.FullName, console) is not { } table
                    || FleetStacks.Load(console, table, parseResult.GetValue(deploySummaries)?.FullName) is not { } stacks)
                {
                    return ExitCodes.BadInput;
                }

                html = FleetOverviewReport.Render(stacks);
            }
            else if (prices.Load(parseResult, input, console) is var (plan, table))
            {
                IReadOnlyList<RightSizingRow>? rightSizing = null;
                if (parseResult.GetValue(recommendations) is { } recommendationsFile)
                {
                    if (RightSizing(recommendationsFile, plan, console) is not { } rows)
                    {
                        return ExitCodes.BadInput;
                    }

                    rightSizing = rows;
                }

                // A stack that owns clusters lists the review environments beside it that deploy onto them.
                var reviews = plan.ClustersFrom is null ? ReviewEnvironment.Of(plan.Stack, Path.GetDirectoryName(Path.GetFullPath(input.Resolve(parseResult).StackFile))!) : [];
                html = FleetReport.Render(plan, CostEstimator.Estimate(plan, table), rightSizing, reviews, DateTimeOffset.UtcNow);
            }
            else
            {
                return ExitCodes.BadInput;
            }

            var file = parseResult.GetValue(output)!;
            var temporary = $"{file.FullName}.{Environment.ProcessId}.tmp";
            try
            {
                File.WriteAllText(temporary, html);
                File.Move(temporary, file.FullName, overwrite: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                File.Delete(temporary);
                console.Error.WriteLine($"{FleetLoader.Display(file.FullName)}: cannot write the report ({ex.Message})");
                return ExitCodes.BadInput;
            }

            console.Output.WriteLine($"wrote {FleetLoader.Display(file.FullName)}");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The apps' requests beside the VPA targets of <paramref name="file"/>; null after one line saying why not.</summary>
    private static IReadOnlyList<RightSizingRow>? RightSizing(FileInfo file, FleetPlan plan, CliConsole console)
    {
        string json;
        try
        {
            json = File.ReadAllText(file.FullName);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"{FleetLoader.Display(file.FullName)}: cannot read the VPA recommendations ({ex.Message})");
            return null;
        }

        var targets = VpaRecommendations.Parse(json, out var problem);
        if (problem is not null)
        {
            console.Error.WriteLine($"{FleetLoader.Display(file.FullName)}: {problem}");
            return null;
        }

        return VpaRecommendations.Rows(plan, targets);
    }
}
