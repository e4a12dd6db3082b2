using System.Collections.Immutable;

namespace FleetInfra.Core.Costs;

/// <summary>
/// Allocatable capacity of any instance or machine type, computed: the specs (vCPU, memory) of an EC2 type come from
/// the <c>machine:TYPE:vcpu</c> and <c>machine:TYPE:memory-mib</c> rows of the price table (what
/// <c>fleet prices import aws</c> reads from the offer file's attributes), a GCE predefined type's from its name; the
/// reservations from <see cref="KubeletReservation"/> and, on EKS, max pods from <see cref="EniLimits"/>.
/// </summary>
public sealed class MachineTypeTable
{
    private const string EksFormula = "amazon-eks-ami v20260724 nodeadm/internal/kubelet/config.go";

    private const string GkeFormula = "https://cloud.google.com/kubernetes-engine/docs/concepts/plan-node-sizes";

    private static readonly Lazy<MachineTypeTable> Shipped = new(() => For(PriceTable.Default));

    private readonly PriceTable _prices;

    private MachineTypeTable(PriceTable prices) => _prices = prices;

    /// <summary>Over the shipped price table.</summary>
    public static MachineTypeTable Default => Shipped.Value;

    /// <summary>Over a price table, for the specs of the EC2 types it lists.</summary>
    public static MachineTypeTable For(PriceTable prices) => new(prices);

    /// <summary>Every type whose specs the price table holds or whose instance price it lists.</summary>
    public ImmutableArray<MachineType> Types =>
    [
        .. _prices.Rows
            .Select(r => (r.Provider, Name: TypeOf(r.Item)))
            .Where(t => t.Name is not null)
            .Distinct()
            .Select(t => Find(t.Provider, t.Name!))
            .OfType<MachineType>()
            .OrderBy(t => t.Provider, StringComparer.Ordinal)
            .ThenBy(t => t.Name, StringComparer.Ordinal),
    ];

    /// <summary>The type with its allocatable capacity, or null when its vCPUs and memory are unknown.</summary>
    public MachineType? Find(string provider, string name) => provider switch
    {
        "aws" => Eks(name),
        "gcp" => Gke(name),
        _ => null,
    };

    private MachineType? Eks(string name)
    {
        if (_prices.Find("aws", "*", $"machine:{name}:vcpu") is not { } vcpuRow || _prices.Find("aws", "*", $"machine:{name}:memory-mib") is not { } memoryRow)
        {
            return null;
        }

        var vcpu = (int)vcpuRow.Usd;
        var memory = (int)memoryRow.Usd;
        var eniPods = EniLimits.MaxPods(name);
        var maxPods = eniPods ?? KubeletReservation.EksFallbackMaxPods;
        return new MachineType("aws", name, vcpu, memory, maxPods,
            (vcpu * 1000) - KubeletReservation.CpuMillis(vcpu),
            memory - KubeletReservation.EksMemoryMiB(maxPods) - KubeletReservation.EvictionThresholdMiB,
            $"specs: {vcpuRow.Source}; reservations: {EksFormula}; max pods: {(eniPods is null ? "nodeadm's fallback of 110 (no ENI row)" : "ENI formula")}");
    }

    private static MachineType? Gke(string name)
    {
        if (GceMachineShape.Parse(name) is not var (_, vcpu, memory))
        {
            return null;
        }

        return new MachineType("gcp", name, vcpu, memory, KubeletReservation.GkeMaxPods,
            (vcpu * 1000) - KubeletReservation.CpuMillis(vcpu),
            (int)Math.Floor(memory - KubeletReservation.GkeMemoryMiB(memory) - KubeletReservation.EvictionThresholdMiB),
            $"specs: the machine type's name; reservations: {GkeFormula}");
    }

    private static string? TypeOf(string item)
    {
        var parts = item.Split(':');
        return parts.Length == 3 && parts[0] is "instance" or "machine" ? parts[1] : null;
    }
}
