using System.CommandLine;
using System.Text.Json;
using FleetInfra.Deploy.Reporting;
using FleetInfra.Deploy.Targets;

namespace FleetInfra.Deploy.Commands;

/// <summary><c>fleet deploy targets</c>: the chosen stack names as a JSON array, for a CI matrix. Needs no engine.</summary>
internal static class TargetsCommand
{
    public static Command Create(DeployConsole console)
    {
        var targets = new TargetOptions();
        var command = new Command("targets", "Print the chosen stacks as a JSON array (for a CI matrix); needs no engine");
        targets.AddTo(command);
        command.SetAction(parseResult =>
        {
            if (targets.ProjectRootOf(parseResult, out var rootError) is not { } root)
            {
                return console.Fail(rootError!, DeployExitCodes.Usage);
            }

            var (stacks, error) = TargetSelection.Resolve(StackCatalog.Read(root), parseResult.GetValue(targets.Stack) ?? [], parseResult.GetValue(targets.All), targets.ShardOf(parseResult));
            if (error is not null)
            {
                return console.Fail(error, DeployExitCodes.Usage);
            }

            console.Output.WriteLine(JsonSerializer.Serialize(stacks, DeployJson.Default.IReadOnlyListString));
            return DeployExitCodes.Success;
        });
        return command;
    }
}
