using System.CommandLine;
using FleetInfra.Core.Config;
using FleetInfra.Core.Costs;
using FleetInfra.Core.Planning;

namespace FleetInfra.Cli.Commands;

/// <summary><c>fleet cost</c>: the monthly estimate of a stack in list prices, or what a change costs with <c>--diff</c>.</summary>
internal static class CostCommand
{
    public static Command Create(CliConsole console)
    {
        var input = new StackInput(optional: true);
        var prices = new PriceTableInput();
        var all = new Option<bool>("--all") { Description = "Every stack of the repository: node cost shown back by --by (stack, team or app), idle apart" };
        var by = new Option<string>("--by") { Description = "With --all: group by stack, team or app", DefaultValueFactory = _ => "team" };
        by.AcceptOnlyFromAmong([.. ShowbackSummary.Groupings]);
        var json = new Option<bool>("--json") { Description = "Print the estimate (or the diff) as JSON for CI; the shape is in docs/cost.md" };
        var currency = new Option<string>("--currency") { Description = "Currency of the amounts: USD, the currency of the price table", DefaultValueFactory = _ => PriceTable.Currency };
        currency.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is { } code && code != PriceTable.Currency)
            {
                result.AddError($"--currency {code}: the price table holds {PriceTable.Currency} list prices only; use --currency {PriceTable.Currency}");
            }
        });
        var diff = new Option<string?>("--diff") { Description = "Show the change against another stack (a name, or a stack file), for a PR comment" };
        var command = new Command("cost", "Estimate what a stack costs per month in list prices: nodes, control planes, load balancers, NAT, capacity and schedule savings");
        input.AddTo(command);
        command.Options.Add(json);
        command.Options.Add(currency);
        command.Options.Add(diff);
        prices.AddTo(command);
        command.Options.Add(all);
        command.Options.Add(by);
        FleetStacks.RequireStackOrAll(command, input, all);
        command.SetAction(parseResult =>
        {
            if (parseResult.GetValue(all))
            {
                if (PriceTableInput.Read(parseResult.GetValue(prices.Prices)?.FullName, console) is not { } shipped
                    || FleetStacks.Load(console, shipped, null) is not { } stacks)
                {
                    return ExitCodes.BadInput;
                }

                var summary = ShowbackSummary.Of(stacks.SelectMany(s => s.Showback), parseResult.GetValue(by)!);
                if (parseResult.GetValue(json))
                {
                    console.Output.WriteLine(CliJson.Serialize(summary));
                }
                else
                {
                    foreach (var row in summary.Rows)
                    {
                        console.Output.WriteLine(FormattableString.Invariant($"{row.Stack,-12} {row.Name,-32} {row.Monthly,12:#,0.00}"));
                    }

                    console.Output.WriteLine(FormattableString.Invariant($"idle (capacity no app requests): {summary.Idle:#,0.00}; nodes in all: {summary.Total:#,0.00} {summary.Currency} a month"));
                }

                return ExitCodes.Success;
            }

            if (prices.Load(parseResult, input, console) is not var (plan, table))
            {
                return ExitCodes.BadInput;
            }

            if (plan.ClustersFrom is not null && parseResult.GetValue(diff) is null)
            {
                ReviewCostOutput.Write(console, Core.Review.ReviewCostShare.Of(plan, table), parseResult.GetValue(json));
                return ExitCodes.Success;
            }

            var estimate = CostEstimator.Estimate(plan, table);
            if (parseResult.GetValue(diff) is not { } other)
            {
                if (parseResult.GetValue(json))
                {
                    console.Output.WriteLine(CliJson.Serialize(estimate));
                }
                else
                {
                    CostTables.Write(CliTerminal.For(console.Output), estimate);
                }

                return ExitCodes.Success;
            }

            if (LoadBase(other, console) is not { } basePlan)
            {
                return ExitCodes.BadInput;
            }

            var change = CostDiff.Between(CostEstimator.Estimate(basePlan, table), estimate, other);
            if (parseResult.GetValue(json))
            {
                console.Output.WriteLine(CliJson.Serialize(change));
            }
            else
            {
                CostTables.WriteDiff(CliTerminal.For(console.Output), change);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The plan of a stack named <paramref name="other"/> in stacks/, else of the stack file at that path.</summary>
    private static FleetPlan? LoadBase(string other, CliConsole console)
    {
        var root = ProjectRoot.Find(Directory.GetCurrentDirectory()) ?? Directory.GetCurrentDirectory();
        var named = StackName.IsValid(other) ? Path.Combine(root, "stacks", $"Pulumi.{other}.yaml") : null;
        var file = named is not null && File.Exists(named) ? named : File.Exists(other) ? other : null;
        if (file is null)
        {
            console.Error.WriteLine($"{other}: --diff names neither a stack in stacks/ nor a stack file; give a stack name like prod or a path like old/Pulumi.dev.yaml");
            return null;
        }

        var result = FleetLoader.Load(file);
        console.Report(result.Diagnostics);
        return result.Succeeded ? result.Plan : null;
    }
}
