using System.Text.Json;

namespace FleetInfra.Cli.Tests;

/// <summary>
/// <c>fleet prices import|update</c> and <c>fleet cost --prices</c> through the real command line, on the fixtures of
/// tests/fixtures/prices (AWS Price List offer file, EC2 DescribeSpotPriceHistory, Cloud Billing Catalog SKU list).
/// </summary>
public sealed class PricesCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("fleet-prices-").FullName;

    private static string Fixture(string name) => Path.Combine(CliRun.RepositoryRoot, "tests", "fixtures", "prices", name);

    private static string HeldOut => Fixture(Path.Combine("heldout", "Pulumi.heldout.yaml"));

    private string Table => Path.Combine(_folder, "prices.csv");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void HeldOutFleet_IsCompleteAfterImportingTheOfficialFiles()
    {
        Assert.False(Complete(CliRun.Of("cost", "--config", HeldOut, "--json")));

        var aws = CliRun.Of("prices", "import", "aws", Fixture("aws-ec2-offer-eu-central-1.json"), Fixture("aws-spot-price-history-eu-central-1.json"), "--out", Table);
        var gcp = CliRun.Of("prices", "import", "gcp", Fixture("gcp-compute-engine-skus.json"), "--out", Table);
        var cost = CliRun.Of("cost", "--config", HeldOut, "--prices", Table, "--json");

        Assert.Equal((0, 0, 0), (aws.ExitCode, gcp.ExitCode, cost.ExitCode));
        Assert.Contains("5 prices and 10 instance spec rows imported", aws.Output, StringComparison.Ordinal);
        Assert.True(Complete(cost), cost.Output);
        Assert.Contains("aws,eu-central-1,instance:m7g.large:spot,hour,0.0348,2026-12-01,aws-spot-price-history-eu-central-1.json (EC2 DescribeSpotPriceHistory; indicative)", File.ReadAllText(Table), StringComparison.Ordinal);
    }

    [Fact]
    public void MissingPrices_AreWarningsNamingTheCommandToRun()
    {
        var result = CliRun.Of("cost", "--config", HeldOut, "--json");

        using var json = JsonDocument.Parse(result.Output);
        var warnings = json.RootElement.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!).Where(w => w.Contains("no list price", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(warnings);
        Assert.All(warnings, w => Assert.Contains("'fleet prices update' (or 'fleet prices import", w, StringComparison.Ordinal));
    }

    [Fact]
    public void Cost_SaysHowOldThePricesAre()
    {
        var result = CliRun.Of("cost", "--stack", "dev");

        Assert.Matches(@"Prices: the oldest price used is from 2025-06-01, [0-9]+ days old; 'fleet prices update' or 'fleet prices import' refreshes them", result.Output);
    }

    [Fact]
    public void StackPriceTable_IsReadRelativeToTheStackFile()
    {
        Assert.Equal(0, CliRun.Of("prices", "import", "aws", Fixture("aws-ec2-offer-eu-central-1.json"), Fixture("aws-spot-price-history-eu-central-1.json"), "--out", Table).ExitCode);
        Assert.Equal(0, CliRun.Of("prices", "import", "gcp", Fixture("gcp-compute-engine-skus.json"), "--out", Table).ExitCode);
        Directory.CreateDirectory(Path.Combine(_folder, "apps"));
        File.Copy(Fixture(Path.Combine("heldout", "apps", "web.yaml")), Path.Combine(_folder, "apps", "web.yaml"));
        var stack = Path.Combine(_folder, "Pulumi.heldout.yaml");
        File.WriteAllText(stack, File.ReadAllText(HeldOut).Replace("config:\n", "config:\n  fleet:priceTable: prices.csv\n", StringComparison.Ordinal));

        Assert.True(Complete(CliRun.Of("cost", "--config", stack, "--json")));
    }

    [Fact]
    public void ABadFile_IsOneLineAndWritesNothing()
    {
        var bad = Path.Combine(_folder, "bad.json");
        File.WriteAllText(bad, "{ \"skus\": [ { \"description\": \"E2 Instance Core running in Japan\", \"category\": { \"resourceFamily\": \"Compute\", \"usageType\": \"OnDemand\" }, \"serviceRegions\": [\"asia-northeast1\"] } ] }");

        var result = CliRun.Of("prices", "import", "gcp", Fixture("gcp-compute-engine-skus.json"), bad, "--out", Table);

        Assert.Equal(1, result.ExitCode);
        Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.EndsWith("bad.json:1:1: skus[0].pricingInfo: is missing; a SKU has at least one pricingInfo\n", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Table));
    }

    [Fact]
    public void Update_WithoutInternet_SaysSoAndChangesNothing()
    {
        File.WriteAllText(Table, "provider,region,item,unit,usd,as_of,source\naws,us-east-1,vpc:nat-gateway,hour,0.045,2025-06-01,https://aws.amazon.com/vpc/pricing/\n");
        var before = File.ReadAllText(Table);

        // Port 9 on loopback: nothing listens, as nothing answers on a machine without internet.
        var result = CliRun.Of("prices", "update", "--aws-region", "us-east-1", "--aws-endpoint", "http://127.0.0.1:9", "--out", Table);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("cannot download the price lists", result.Error, StringComparison.Ordinal);
        Assert.Contains("nothing was changed and the shipped prices stay", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(Table));
    }

    private static bool Complete(CliRun result)
    {
        using var json = JsonDocument.Parse(result.Output);
        return json.RootElement.GetProperty("complete").GetBoolean();
    }
}
