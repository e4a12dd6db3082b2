namespace FleetInfra.Core.Costs;

/// <summary>
/// What the kubelet keeps from pods on an EKS or GKE node: the kube-reserved CPU and memory and the hard eviction
/// threshold, by each provider's published formula. Allocatable = capacity - reserved - eviction threshold.
/// </summary>
internal static class KubeletReservation
{
    /// <value>memory.available of evictionHard: 100Mi on both (amazon-eks-ami v20260724 nodeadm/internal/kubelet/config.go; GKE "Plan node sizes").</value>
    public const int EvictionThresholdMiB = 100;

    /// <value>GKE's pods per node on a Standard cluster node pool by default.</value>
    public const int GkeMaxPods = 110;

    /// <value>
    /// nodeadm's fallback when it has no instance information for the type (amazon-eks-ami v20260724
    /// nodeadm/internal/kubelet/eni_max_pods.go, defaultMaxPods).
    /// </value>
    public const int EksFallbackMaxPods = 110;

    private static readonly (int UpToMillis, int BasisPoints)[] CpuBands = [(1000, 600), (2000, 100), (4000, 50), (int.MaxValue, 25)];

    /// <summary>
    /// Reserved CPU: 6% of the first core, 1% of the second, 0.5% of the next two, 0.25% of every core above four, each
    /// band rounded down to whole millicores. EKS: amazon-eks-ami v20260724 nodeadm/internal/kubelet/config.go
    /// (getCPUMillicoresToReserve); GKE publishes the same bands ("Plan GKE Standard node sizes", node allocatable).
    /// </summary>
    public static int CpuMillis(int vcpu)
    {
        var total = vcpu * 1000;
        var reserved = 0;
        var start = 0;
        foreach (var (upTo, basisPoints) in CpuBands)
        {
            if (total <= start)
            {
                break;
            }

            reserved += (Math.Min(total, upTo) - start) * basisPoints / 10000;
            start = upTo;
        }

        return reserved;
    }

    /// <summary>EKS reserved memory: 11Mi per pod plus 255Mi (amazon-eks-ami v20260724 nodeadm/internal/kubelet/config.go, getMemoryMebibytesToReserve).</summary>
    public static int EksMemoryMiB(int maxPods) => (11 * maxPods) + 255;

    /// <summary>
    /// GKE reserved memory ("Plan GKE Standard node sizes", node allocatable resources): 255 MiB below 1 GiB, else 25%
    /// of the first 4 GiB, 20% of the next 4, 10% of the next 8, 6% of the next 112 and 2% above 128 GiB.
    /// </summary>
    public static decimal GkeMemoryMiB(int memoryMiB)
    {
        if (memoryMiB < 1024)
        {
            return 255;
        }

        decimal Band(int from, int to, decimal share) => Math.Clamp(memoryMiB - from, 0, to - from) * share;
        return Band(0, 4096, 0.25m) + Band(4096, 8192, 0.20m) + Band(8192, 16384, 0.10m) + Band(16384, 131072, 0.06m) + Band(131072, int.MaxValue, 0.02m);
    }
}
