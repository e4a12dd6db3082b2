using System.CommandLine;
using FleetInfra.Core.Config;
using FleetInfra.Core.Costs;
using FleetInfra.Core.Planning;

namespace FleetInfra.Cli;

/// <summary>
/// <c>--prices FILE</c> and the stack's <c>fleet:priceTable</c>: the price table the estimate uses, the shipped one with
/// the named table on top. Commands that estimate cost share it.
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
        if (!result.Succeeded || result.Plan is null)
        {
            return null;
        }

        var named = parseResult.GetValue(Prices)?.FullName
            ?? (result.Stack?.PriceTable is { } relative ? Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(stackFile))!, relative)) : null);
        return Read(named, console) is { } prices ? (result.Plan, prices) : null;
    }

    /// <summary>The shipped table with <paramref name="file"/> on top (just the shipped one for null); null after printing one line when it is unreadable.</summary>
    public static PriceTable? Read(string? file, CliConsole console)
    {
        if (file is null)
        {
            return PriceTable.Default;
        }

        try
        {
            return PriceTable.Default.Merge(PriceTable.Parse(File.ReadAllText(file), FleetLoader.Display(file)).Rows);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"{FleetLoader.Display(file)}: cannot read the price table ({ex.Message}); write one with 'fleet prices import aws|gcp FILE... --out {FleetLoader.Display(file)}'");
            return null;
        }
        catch (InvalidDataException ex)
        {
            console.Error.WriteLine(ex.Message);
            return null;
        }
    }
}
