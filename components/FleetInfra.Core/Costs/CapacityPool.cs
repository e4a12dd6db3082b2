using System.Collections.Immutable;
using FleetInfra.Core.Config;
using FleetInfra.Core.Planning;

namespace FleetInfra.Core.Costs;

/// <summary>
/// The node groups a cluster's apps can run on (no NoSchedule or NoExecute taint, a known machine type), in stack
/// order, with the room each node gives pods after the DaemonSet reserve.
/// </summary>
internal sealed record CapacityPool(ImmutableArray<NodeGroupConfig> Groups, ImmutableArray<PackGroup> PackGroups)
{
    public static bool AcceptsApps(NodeGroupConfig group) =>
        !group.Taints.Any(t => t.Effect is TaintEffect.NoSchedule or TaintEffect.NoExecute);

    /// <summary>Every replica of the apps, at their minimum or maximum counts.</summary>
    public static IEnumerable<PodRequest> Pods(IEnumerable<AppPlan> apps, bool atMax) =>
        apps.SelectMany(app => Enumerable.Repeat(
            new PodRequest(app.Name, app.Cpu.Millicores, (int)((app.Memory.Bytes + Quantities.MemoryQuantity.Mebibyte - 1) / Quantities.MemoryQuantity.Mebibyte)),
            atMax ? app.Scaling.MaxReplicas : app.Scaling.MinReplicas));

    /// <summary>
    /// Every pause pod of the cluster's headroom: they hold their room at all times, so they count at minimum and at
    /// maximum replicas alike (packed like app pods, wherever they fit).
    /// </summary>
    public static IEnumerable<PodRequest> HeadroomPods(IEnumerable<Headroom.HeadroomPlan> headroom) =>
        headroom.SelectMany(h => Enumerable.Repeat(
            new PodRequest(h.Name, h.Cpu.Millicores, (int)((h.Memory.Bytes + Quantities.MemoryQuantity.Mebibyte - 1) / Quantities.MemoryQuantity.Mebibyte)),
            h.Replicas));

    public PackResult Pack(IEnumerable<PodRequest> pods) => BinPacking.Pack(pods, PackGroups);
}
