using FleetInfra.Core.Planning;

namespace FleetInfra.Core.Tests.Costs;

/// <summary><c>fleet:priceTable</c>: the capacity policies read an imported table's instance specs, and a bad table is one error.</summary>
public sealed class StackPricesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("fleet-stack-prices-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Stack(string? priceTable)
    {
        Directory.CreateDirectory(Path.Combine(_folder, "apps"));
        File.WriteAllText(Path.Combine(_folder, "apps", "big.yaml"), "application:\n  big: { image: r.example.com/big:1, cpu: \"6\", memory: 4Gi }\n");
        var file = Path.Combine(_folder, "Pulumi.t.yaml");
        File.WriteAllText(file, $"""
            config:
            {(priceTable is null ? string.Empty : $"  fleet:priceTable: {priceTable}\n")}  fleet:clusters:
                - name: eks-euc1
                  provider: eks
                  region: eu-central-1
                  kubernetesVersion: "1.33"
                  apiAccessCidrs: [203.0.113.0/24]
                  nodeGroups:
                    - {"{"} name: arm, instanceTypes: [r7g.xlarge], minSize: 1, maxSize: 2, desiredSize: 1 {"}"}
            """);
        return file;
    }

    [Fact]
    public void CapacityPolicies_CheckATypeWhoseSpecsTheStacksPriceTableHolds()
    {
        // Without specs the type is unknown and FI008 skips it; with the imported vcpu row, 6 cores do not fit 4 vCPUs.
        Assert.True(FleetLoader.Load(Stack(null)).Succeeded);
        File.WriteAllText(Path.Combine(_folder, "prices.csv"),
            "provider,region,item,unit,usd,as_of,source\naws,*,machine:r7g.xlarge:vcpu,vcpu,4,2026-12-01,offer.json\naws,*,machine:r7g.xlarge:memory-mib,mib,32768,2026-12-01,offer.json\n");

        var result = FleetLoader.Load(Stack("prices.csv"));

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("FI008", StringComparison.Ordinal) && d.Message.Contains("r7g.xlarge", StringComparison.Ordinal));
    }

    [Fact]
    public void AMalformedPriceTable_IsOneErrorAtItsLine()
    {
        File.WriteAllText(Path.Combine(_folder, "prices.csv"), "provider,region,item,unit,usd,as_of,source\naws,*,kms:key,month,cheap,2026-12-01,offer.json\n");

        var result = FleetLoader.Load(Stack("prices.csv"));

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("prices.csv:2:1: fleet:priceTable: usd: 'cheap' is not a price like 0.096", error.ToString());
    }
}
