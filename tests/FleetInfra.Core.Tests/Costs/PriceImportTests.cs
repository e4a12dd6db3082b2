using FleetInfra.Core.Costs;
using FleetInfra.Core.Costs.Import;
using FleetInfra.Core.Planning;

namespace FleetInfra.Core.Tests.Costs;

/// <summary>
/// <c>fleet prices import</c> on small fixtures in the providers' published formats (tests/fixtures/prices/README.md):
/// the AWS Price List offer file ("Reading the service price list file for an AWS service", AWS Billing user guide),
/// EC2 DescribeSpotPriceHistory output (EC2 API reference) and the Cloud Billing Catalog services.skus.list response
/// ("Get Google Cloud pricing information", Cloud Billing Catalog API).
/// </summary>
public sealed class PriceImportTests
{
    private static string Fixtures => Path.Combine(Core.Config.ProjectRoot.Find(AppContext.BaseDirectory)!, "tests", "fixtures", "prices");

    private static IReadOnlyList<PriceRow> Aws(string file) => PriceImport.Aws(File.ReadAllText(Path.Combine(Fixtures, file)), file);

    private static IReadOnlyList<PriceRow> Gcp(string file) => PriceImport.Gcp(File.ReadAllText(Path.Combine(Fixtures, file)), file);

    [Fact]
    public void AwsOffer_KeepsLinuxSharedOnDemandOnly_WithSpecsSourceAndDate()
    {
        var rows = Aws("aws-ec2-offer-eu-central-1.json");

        var m7g = Assert.Single(rows, r => r.Item == "instance:m7g.large:on-demand");
        Assert.Equal(("eu-central-1", "hour", 0.0972m, new DateOnly(2026, 12, 1)), (m7g.Region, m7g.Unit, m7g.Usd, m7g.AsOf));
        Assert.Equal("aws-ec2-offer-eu-central-1.json (AWS Price List AmazonEC2 offer of 2026-12-01)", m7g.Source);
        Assert.Contains(rows, r => r is { Item: "vpc:nat-gateway", Usd: 0.052m });
        Assert.Contains(rows, r => r is { Item: "ebs:gp3", Unit: "gb-month", Usd: 0.0952m });
        Assert.Contains(rows, r => r is { Region: "*", Item: "machine:m7g.large:vcpu", Usd: 2 });
        Assert.Contains(rows, r => r is { Region: "*", Item: "machine:m7g.large:memory-mib", Usd: 8192 });

        // Windows, dedicated tenancy, capacity reservations and the Reserved term are not what a node group pays.
        Assert.DoesNotContain(rows, r => r.Usd is 0.1892m or 0.107m or 0.0612m);
    }

    [Fact]
    public void AwsSpotHistory_IsToldApartByContent_TakesTheHighestLatestZonePrice_AndIsIndicative()
    {
        var spot = Assert.Single(Aws("aws-spot-price-history-eu-central-1.json"));

        // Zone a's latest is 0.0339, zone b's 0.0348; the Windows row is not Linux.
        Assert.Equal(("aws", "eu-central-1", "instance:m7g.large:spot", 0.0348m, new DateOnly(2026, 12, 1)), (spot.Provider, spot.Region, spot.Item, spot.Usd, spot.AsOf));
        Assert.Contains("indicative", spot.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void GcpCatalog_PricesMachineFamiliesPerVcpuAndGib_SpotIndicative_SkipsCustomAndCommitments()
    {
        var rows = Gcp("gcp-compute-engine-skus.json");

        Assert.Contains(rows, r => r is { Region: "asia-northeast1", Item: "gce:e2:core:on-demand", Unit: "hour", Usd: 0.02823m });
        Assert.Contains(rows, r => r is { Region: "asia-northeast1", Item: "gce:e2:ram:on-demand", Unit: "gib-hour", Usd: 0.003784m });
        var spot = Assert.Single(rows, r => r is { Region: "us-central1", Item: "gce:n2:core:spot" });
        Assert.Contains("indicative", spot.Source, StringComparison.Ordinal);
        Assert.Contains(rows, r => r is { Region: "us-east1", Item: "gce:n2:ram:on-demand" });
        Assert.Contains(rows, r => r is { Region: "asia-northeast1", Item: "pd:balanced", Unit: "gb-month", Usd: 0.13m });
        Assert.DoesNotContain(rows, r => r.Usd is 0.033191m or 0.01778m);
    }

    [Fact]
    public void HeldOutFleet_IsIncompleteWithTheShippedTable_AndCompleteAfterTheImport()
    {
        var plan = FleetLoader.Load(Path.Combine(Fixtures, "heldout", "Pulumi.heldout.yaml")).Plan!;
        Assert.False(CostEstimator.Estimate(plan).Complete);

        var imported = PriceTable.Default.Merge([.. Aws("aws-ec2-offer-eu-central-1.json"), .. Aws("aws-spot-price-history-eu-central-1.json"), .. Gcp("gcp-compute-engine-skus.json")]);
        var estimate = CostEstimator.Estimate(plan, imported);

        Assert.True(estimate.Complete, string.Join("\n", estimate.Warnings));
        var n2 = estimate.Clusters.Single(c => c.Name == "gke-usc1").NodeGroups[0];
        // n2-standard-8: 8 vCPU x 0.031611 + 32 GiB x 0.004237 an hour on demand; spot likewise with the Preemptible SKUs.
        Assert.Equal((0.388472m, 0.0940m), (n2.HourlyOnDemand, n2.HourlySpot));
        // m7g.large is in no allocatable table: its capacity is computed from the offer file's vcpu and memory.
        var arm = estimate.Clusters.Single(c => c.Name == "eks-euc1").NodeGroups[0].Capacity;
        Assert.Equal((1930, 7518), (arm.AllocatableCpuMillis, arm.AllocatableMemoryMiB));
        Assert.Equal(new DateOnly(2025, 6, 1), estimate.PricesOldestAsOf);
    }

    [Fact]
    public void Merge_ReplacesTheRowOfTheSameProviderRegionAndItem_AndTheTableRoundTrips()
    {
        var newer = new PriceRow("aws", "us-east-1", "instance:m6i.large:on-demand", "hour", 0.1m, new DateOnly(2026, 12, 1), "offer.json (AWS Price List AmazonEC2 offer of 2026-12-01)");

        var merged = PriceTable.Default.Merge([newer]);

        Assert.Equal(newer, merged.Find("aws", "us-east-1", "instance:m6i.large:on-demand"));
        Assert.Equal(PriceTable.Default.Rows.Length, merged.Rows.Length);
        Assert.Equal(merged.Rows.OrderBy(r => r.Key).ToList(), PriceTable.Parse(merged.ToCsv(), "t.csv").Rows.OrderBy(r => r.Key).ToList());
    }

    [Theory]
    [InlineData("{ \"products\": {", "offer.json:1:16: ")]
    [InlineData("{ \"hello\": 1 }", "offer.json:1:1: $: is neither an AWS Price List offer file")]
    [InlineData("{ \"publicationDate\": \"2026-12-01T00:00:00Z\", \"offerCode\": \"AmazonEC2\", \"products\": { \"A\": { \"productFamily\": \"Compute Instance\", \"attributes\": { \"regionCode\": \"eu-central-1\", \"instanceType\": \"m7g.large\", \"vcpu\": \"2\", \"memory\": \"8 GiB\", \"operatingSystem\": \"Linux\", \"tenancy\": \"Shared\", \"preInstalledSw\": \"NA\", \"capacitystatus\": \"Used\" } } }, \"terms\": { \"OnDemand\": { \"A\": { \"A.T\": { \"priceDimensions\": { \"A.T.R\": { \"pricePerUnit\": { \"USD\": \"cheap\" } } } } } } } }",
        "offer.json:1:1: terms.OnDemand.A.A.T.priceDimensions.A.T.R.pricePerUnit.USD: 'cheap' is not a price")]
    public void BadFiles_AreOneLineNamingTheFileAndPlace(string text, string expectedStart)
    {
        var error = Assert.Throws<InvalidDataException>(() => PriceImport.Aws(text, "offer.json"));

        Assert.StartsWith(expectedStart, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void AGcpFileThatIsNotASkuList_IsRefused()
    {
        var error = Assert.Throws<InvalidDataException>(() => PriceImport.Gcp("{ \"services\": [] }", "skus.json"));

        Assert.Equal("skus.json:1:1: $: is not a Cloud Billing Catalog SKU list (skus[]); download one with 'fleet prices update' or from services.skus.list", error.Message);
    }
}
