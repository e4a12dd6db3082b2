using System.CommandLine;
using FleetInfra.Core.Costs;
using FleetInfra.Core.Planning;
using FleetInfra.Core.Reporting.Html;

namespace FleetInfra.Cli.Commands;

/// <summary><c>fleet report</c>: one self-contained HTML page with the topology, capacity, cost and schedule savings.</summary>
internal static class ReportCommand
{
    public static Command Create(CliConsole console)
    {
        var input = new StackInput();
        var output = new Option<FileInfo>("--out", "-o") { Description = "The HTML file to write, like report.html", Required = true };
        var command = new Command("report", "Write a self-contained HTML report of a stack: topology, requested vs capacity, cost breakdown and schedule savings");
        input.AddTo(command);
        command.Options.Add(output);
        command.SetAction(parseResult =>
        {
            if (input.LoadPlan(parseResult, console) is not { } plan)
            {
                return ExitCodes.BadInput;
            }

            var file = parseResult.GetValue(output)!;
            var html = FleetReport.Render(plan, CostEstimator.Estimate(plan));
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
}
