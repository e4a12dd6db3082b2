using System.Collections.Immutable;
using System.CommandLine;
using FleetInfra.Core.Config;
using FleetInfra.Core.Costs;
using FleetInfra.Core.Costs.Import;
using FleetInfra.Core.Planning;

namespace FleetInfra.Cli.Commands;

/// <summary>
/// <c>fleet prices import aws|gcp FILE...</c> and <c>fleet prices update</c>: read the providers' price list files into
/// a price table that <c>fleet cost --prices</c> and <c>fleet:priceTable</c> read on top of the shipped one.
/// </summary>
internal static class PricesCommand
{
    /// <value>The table an import writes when --out is not given, at the repository root.</value>
    public const string DefaultTable = "prices.csv";

    public static Command Create(CliConsole console)
    {
        var import = new Command("import", "Read price list files in the providers' published formats into a price table")
        {
            ImportCommand(console, "aws", "AWS Price List offer files (JSON) or EC2 DescribeSpotPriceHistory output, told apart by content", PriceImport.Aws),
            ImportCommand(console, "gcp", "Cloud Billing Catalog SKU lists (the JSON of services.skus.list)", PriceImport.Gcp),
        };
        return new Command("prices", "Import list prices from the providers' official price lists") { import, PricesUpdateCommand.Create(console) };
    }

    public static Option<FileInfo?> OutOption() => new("--out", "-o")
    {
        Description = $"The price table to write or merge into (default: {DefaultTable} at the repository root); a row replaces the row of the same provider, region and item",
    };

    /// <summary>The table --out names, else prices.csv at the repository root.</summary>
    public static string OutPath(ParseResult parseResult, Option<FileInfo?> output) =>
        parseResult.GetValue(output)?.FullName ?? Path.Combine(ProjectRoot.Find(Directory.GetCurrentDirectory()) ?? Directory.GetCurrentDirectory(), DefaultTable);

    private static Command ImportCommand(CliConsole console, string provider, string what, Func<string, string, ImmutableArray<PriceRow>> read)
    {
        var files = new Argument<FileInfo[]>("FILE") { Description = what, Arity = ArgumentArity.OneOrMore };
        var output = OutOption();
        var command = new Command(provider, $"Import {what}") { files, output };
        command.SetAction(parseResult =>
        {
            var rows = new List<PriceRow>();
            foreach (var file in parseResult.GetValue(files)!)
            {
                try
                {
                    rows.AddRange(read(File.ReadAllText(file.FullName), FleetLoader.Display(file.FullName)));
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    console.Error.WriteLine($"{FleetLoader.Display(file.FullName)}: cannot read the price list file ({ex.Message})");
                    return ExitCodes.BadInput;
                }
                catch (InvalidDataException ex)
                {
                    console.Error.WriteLine(ex.Message);
                    return ExitCodes.BadInput;
                }
            }

            return Write(console, OutPath(parseResult, output), rows);
        });
        return command;
    }

    /// <summary>Merges the rows into the table at <paramref name="path"/> (created when missing) and writes it whole, or not at all.</summary>
    public static int Write(CliConsole console, string path, IReadOnlyCollection<PriceRow> rows)
    {
        var display = FleetLoader.Display(path);
        if (rows.Count == 0)
        {
            console.Error.WriteLine($"{display}: the files hold no price the cost model uses (EC2 Linux on-demand, EKS, ELB, NAT gateway, EBS gp3, KMS; GCE cores and RAM, GKE, load balancing, PD); nothing written");
            return ExitCodes.BadInput;
        }

        PriceTable existing;
        try
        {
            existing = File.Exists(path) ? PriceTable.Parse(File.ReadAllText(path), display) : PriceTable.Empty;
        }
        catch (TableFormatException ex)
        {
            console.Error.WriteLine(ex.Message);
            return ExitCodes.BadInput;
        }

        var merged = existing.Merge(rows);
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        try
        {
            File.WriteAllText(temporary, merged.ToCsv());
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            console.Error.WriteLine($"{display}: cannot write the price table ({ex.Message})");
            return ExitCodes.BadInput;
        }

        var prices = rows.Count(r => !r.Item.StartsWith("machine:", StringComparison.Ordinal));
        console.Output.WriteLine($"wrote {display}: {prices} price{(prices == 1 ? string.Empty : "s")} and {rows.Count - prices} instance spec row{(rows.Count - prices == 1 ? string.Empty : "s")} imported, {merged.Rows.Length} rows in all");
        return ExitCodes.Success;
    }
}
