using System.CommandLine;
using FleetInfra.Core.Costs;
using FleetInfra.Core.Diagnostics;
using FleetInfra.Core.Planning;

namespace FleetInfra.Cli;

/// <summary>
/// <c>--prices FILE</c> and the stack's <c>fleet:priceTable</c>: the price table the estimate uses, the shipped one with
/// the named table on top (<see cref="StackPrices"/>). Commands that estimate cost share it.
/// </summary>
internal sealed class PriceTableInput
{
    public Option<FileInfo?> Prices { get; } = new("--prices")
    {
        Description = "A price table written by 'fleet prices import', read on top of the shipped prices (default: the stack's fleet:priceTable)",
    };

    public void AddTo(Command command) => command.Options.Add(Prices);

    /// <summary>The stack's plan and its price table; null after printing the problem when either cannot be read.</summary>
    public (FleetPlan Plan, PriceTable Prices)? Load(ParseResult parseResult, StackInput input, CliConsole console)
    {
        var (stackFile, stackName, apps) = input.Resolve(parseResult);
        var result = FleetLoader.Load(stackFile, apps, stackName);
        console.Report(result.Diagnostics);
        if (!result.Succeeded || result.Plan is null || result.Stack is null)
        {
            return null;
        }

        var diagnostics = new DiagnosticBag();
        var prices = parseResult.GetValue(Prices) is { } file ? Read(file.FullName, console) : StackPrices.For(result.Stack, diagnostics);
        console.Report(diagnostics.ToImmutableSorted());
        return prices is null ? null : (result.Plan, prices);
    }

    /// <summary>The shipped table with the <c>--prices</c> file on top (just the shipped one for null); null after printing one line when it is unreadable.</summary>
    public static PriceTable? Read(string? file, CliConsole console)
    {
        if (file is null)
        {
            return PriceTable.Default;
        }

        var diagnostics = new DiagnosticBag();
        var display = FleetLoader.Display(file);
        var prices = StackPrices.Load(file, display, "--prices", SourceLocation.StartOf(display), diagnostics);
        console.Report(diagnostics.ToImmutableSorted());
        return prices;
    }
}
