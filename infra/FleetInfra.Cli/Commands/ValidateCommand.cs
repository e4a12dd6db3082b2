using System.CommandLine;
using FleetInfra.Core.Planning;

namespace FleetInfra.Cli.Commands;

/// <summary><c>fleet validate</c>: checks the stack config and every intent, reporting all problems at once.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliConsole console)
    {
        var input = new StackInput();
        var command = new Command("validate", "Check a stack's config and app intents; print every problem as file:line:col: field: message");
        input.AddTo(command);
        command.SetAction(parseResult =>
        {
            if (input.LoadPlan(parseResult, console) is not { } plan)
            {
                return ExitCodes.BadInput;
            }

            // Advice does not stop any command; validate is where people look for it.
            console.Report(plan.Clusters.SelectMany(c => c.Addons.Advice));
            console.Output.WriteLine(
                $"stack {plan.Stack}: {plan.Clusters.Length} clusters, {plan.Clusters.SelectMany(c => c.Apps).Select(a => a.Name).Distinct().Count()} apps: valid");
            return ExitCodes.Success;
        });
        return command;
    }
}
