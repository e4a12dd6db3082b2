using System.CommandLine;
using FleetInfra.Core.Config;
using FleetInfra.Core.Diffing.Hazards;
using FleetInfra.Core.Policies;
using Spectre.Console;

namespace FleetInfra.Cli.Commands;

/// <summary><c>fleet policy list</c>: every policy check with its default level and, for a stack, the level it runs at there.</summary>
internal static class PolicyCommand
{
    public static Command Create(CliConsole console)
    {
        var input = new StackInput(optional: true);
        var list = new Command("list", "List the policy checks with their levels; with --stack or --config, the levels that stack runs them at (fleet:policies)");
        input.AddTo(list);
        list.SetAction(parseResult =>
        {
            StackConfig? stack = null;
            if (input.IsGiven(parseResult) && (stack = input.LoadStack(parseResult, console)) is null)
            {
                return ExitCodes.BadInput;
            }

            Write(console.Terminal(), stack);
            return ExitCodes.Success;
        });

        return new Command("policy", "The policy checks every intent and plan must pass") { list };
    }

    private static void Write(IAnsiConsole terminal, StackConfig? stack)
    {
        var title = stack is null ? "Policies (default levels; set them per stack with fleet:policies)" : $"Policies of stack {stack.StackName}";
        var table = new Table().Title(Markup.Escape(title)).AddColumns("id", "level", "default", "set by", "checks");
        foreach (var policy in PolicyCatalog.All)
        {
            var level = stack is null ? policy.DefaultLevel : PolicyEvaluator.LevelOf(policy, stack);
            var overridden = stack is not null && stack.PolicyLevels.ContainsKey(policy.Id);
            table.AddRow(policy.Id, Name(level), Name(policy.DefaultLevel), overridden ? "fleet:policies" : "default", Markup.Escape(policy.Title));
        }

        terminal.Write(table);

        var hazards = new Table().Title(Markup.Escape("Hazards of fleet diff (set like the policies, in fleet:policies)")).AddColumns("id", "level", "default", "set by", "flags");
        foreach (var hazard in HazardCatalog.All)
        {
            var level = stack is null ? hazard.DefaultLevel : HazardCatalog.LevelOf(hazard, stack);
            var overridden = stack is not null && stack.PolicyLevels.ContainsKey(hazard.Id);
            hazards.AddRow(hazard.Id, Name(level), Name(hazard.DefaultLevel), overridden ? "fleet:policies" : "default", Markup.Escape(hazard.Title));
        }

        terminal.Write(hazards);
    }

    private static string Name(PolicyLevel level) => level.ToString().ToLowerInvariant();
}
