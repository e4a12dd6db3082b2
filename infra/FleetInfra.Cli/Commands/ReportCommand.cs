using System.CommandLine;
using FleetInfra.Core.Costs;
using FleetInfra.Core.Planning;
using FleetInfra.Core.Reporting;
using FleetInfra.Core.Reporting.Html;

namespace FleetInfra.Cli.Commands;

/// <summary><c>fleet report</c>: one self-contained HTML page with the topology, capacity, cost and schedule savings.</summary>
internal static class ReportCommand
{
    public static Command Create(CliConsole console)
    {
        var input = new StackInput();
        var output = new Option<FileInfo>("--out", "-o") { Description = "The HTML file to write, like report.html", Required = true };
        var recommendations = new Option<FileInfo?>("--vpa-recommendations")
        {
            Description = "The JSON of kubectl get vpa -A -o json: shows each app's requests beside its VerticalPodAutoscaler's target",
        };
        var command = new Command("report", "Write a self-contained HTML report of a stack: topology, requested vs capacity, cost breakdown and schedule savings");
        input.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(recommendations);
        command.SetAction(parseResult =>
        {
            if (input.LoadPlan(parseResult, console) is not { } plan)
            {
                return ExitCodes.BadInput;
            }

            IReadOnlyList<RightSizingRow>? rightSizing = null;
            if (parseResult.GetValue(recommendations) is { } recommendationsFile)
            {
                if (RightSizing(recommendationsFile, plan, console) is not { } rows)
                {
                    return ExitCodes.BadInput;
                }

                rightSizing = rows;
            }

            var file = parseResult.GetValue(output)!;
            var html = FleetReport.Render(plan, CostEstimator.Estimate(plan), rightSizing);
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
