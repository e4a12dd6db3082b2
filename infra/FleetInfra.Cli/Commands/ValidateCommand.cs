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
            var (stackFile, stackName, apps) = input.Resolve(parseResult);
            var result = FleetLoader.Load(stackFile, apps, stackName);
            console.Report(result.Diagnostics);
            if (!result.Succeeded)
            {
                return ExitCodes.BadInput;
            }

            var plan = result.Plan!;
            console.Output.WriteLine(
                $"stack {plan.Stack}: {plan.Clusters.Length} clusters, {plan.Clusters.SelectMany(c => c.Apps).Select(a => a.Name).Distinct().Count()} apps: valid");
            return ExitCodes.Success;
        });
        return command;
    }
}
