using System.Globalization;
using FleetInfra.Core.Costs;

namespace FleetInfra.Core.Tests.Costs;

/// <summary>
/// Allocatable capacity by formula: the EKS AMI's kube-reserved and eviction threshold (amazon-eks-ami v20260724,
/// nodeadm/internal/kubelet/config.go and eni_max_pods.go) and GKE's reservation tables ("Plan GKE Standard node
/// sizes"), from the instance specs. The hand-entered table that used to ship is kept as the oracle.
/// </summary>
public sealed class AllocatableFormulaTests
{
    private static string Oracle => Path.Combine(Core.Config.ProjectRoot.Find(AppContext.BaseDirectory)!, "tests", "FleetInfra.Core.Tests", "Costs", "allocatable-oracle.csv");

    public static TheoryData<string, string, int, int, int, int, int> OracleRows()
    {
        var rows = new TheoryData<string, string, int, int, int, int, int>();
        foreach (var line in File.ReadLines(Oracle).Skip(1).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var f = line.Split(',');
            int Int(int i) => int.Parse(f[i], CultureInfo.InvariantCulture);
            rows.Add(f[0], f[1], Int(2), Int(3), Int(4), Int(5), Int(6));
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(OracleRows))]
    public void Formula_EqualsTheHandEnteredOracle(string provider, string type, int vcpu, int memoryMiB, int maxPods, int cpuMillis, int allocatableMemoryMiB)
    {
        var computed = MachineTypeTable.Default.Find(provider, type);

        Assert.NotNull(computed);
        Assert.Equal((vcpu, memoryMiB, maxPods, cpuMillis, allocatableMemoryMiB),
            (computed.Vcpu, computed.MemoryMiB, computed.MaxPods, computed.AllocatableCpuMillis, computed.AllocatableMemoryMiB));
    }

    [Fact]
    public void ATypeInNoTable_IsComputedFromTheSpecsAnImportAdds()
    {
        Assert.Null(MachineTypeTable.Default.Find("aws", "r7g.xlarge"));
        var specs = new[]
        {
            new PriceRow("aws", "*", "machine:r7g.xlarge:vcpu", "vcpu", 4, new DateOnly(2026, 12, 1), "offer.json"),
            new PriceRow("aws", "*", "machine:r7g.xlarge:memory-mib", "mib", 32768, new DateOnly(2026, 12, 1), "offer.json"),
        };

        var type = MachineTypeTable.For(PriceTable.Default.Merge(specs)).Find("aws", "r7g.xlarge");

        // 4 vCPUs less 60m + 10m + 10m; no ENI row, so nodeadm's fallback of 110 pods: 32768 - (11 x 110 + 255) - 100.
        Assert.Equal((3920, 110, 31203), (type!.AllocatableCpuMillis, type.MaxPods, type.AllocatableMemoryMiB));
    }

    [Theory]
    [InlineData("n2-highmem-4", 4, 32768, 3920, 29022)] // 32 GiB: 25% of 4 + 20% of 4 + 10% of 8 + 6% of 16 GiB reserved, 100Mi eviction
    [InlineData("c3-highcpu-22", 22, 45056, 21875, 40573)] // 44 GiB: 25% of 4 + 20% of 4 + 10% of 8 + 6% of 28 GiB = 4382.72 MiB reserved; CPU less 125m
    [InlineData("n1-standard-1", 1, 3840, 940, 2780)] // 3.75 GiB: 25% of it
    public void AGkeTypeInNoTable_IsComputedFromItsName(string name, int vcpu, int memoryMiB, int cpuMillis, int allocatableMemoryMiB)
    {
        var type = MachineTypeTable.Default.Find("gcp", name);

        Assert.Equal((vcpu, memoryMiB, cpuMillis, allocatableMemoryMiB, 110), (type!.Vcpu, type.MemoryMiB, type.AllocatableCpuMillis, type.AllocatableMemoryMiB, type.MaxPods));
    }

    [Fact]
    public void ANameThatIsNotAPredefinedType_HasNoShape()
    {
        Assert.Null(MachineTypeTable.Default.Find("gcp", "e2-medium"));
        Assert.Null(MachineTypeTable.Default.Find("gcp", "n2-custom-4-8192"));
    }
}
