using FleetInfra.Core.Planning;
using FleetInfra.Core.Quantities;

namespace FleetInfra.Core.Governance;

/// <summary>What an app's namespace uses at its peak: max replicas plus the pods a rolling update adds on top.</summary>
public static class AppDemand
{
    /// <value>25%: the Deployment's maxSurge, rounded up by Kubernetes (one extra pod for up to four replicas).</value>
    public const int SurgePercent = 25;

    /// <summary>Max replicas plus the rolling update's surge: the most pods the namespace runs at once.</summary>
    public static int PeakPods(ScalingPlan scaling) => scaling.MaxReplicas + ((scaling.MaxReplicas * SurgePercent) + 99) / 100;

    /// <summary>The app's requests at its peak.</summary>
    public static NamespaceQuota AtPeak(AppPlan app)
    {
        var pods = PeakPods(app.Scaling);
        return new NamespaceQuota(new CpuQuantity(app.Cpu.Millicores * pods), new MemoryQuantity(app.Memory.Bytes * pods), pods);
    }

    /// <summary>The sum of several demands.</summary>
    public static NamespaceQuota Sum(IEnumerable<NamespaceQuota> demands) => demands.Aggregate(
        new NamespaceQuota(new CpuQuantity(0), new MemoryQuantity(0), 0),
        (total, d) => new NamespaceQuota(new CpuQuantity(total.Cpu.Millicores + d.Cpu.Millicores), new MemoryQuantity(total.Memory.Bytes + d.Memory.Bytes), total.Pods + d.Pods));
}
