using System.Collections.Immutable;
using FleetInfra.Core.Planning;

namespace FleetInfra.Core.Costs;

/// <summary>
/// Requests at minimum and maximum replicas (plus the headroom's pause pods) against allocatable capacity, a bin-packing node estimate, utilisation
/// per node group, and warnings for over-provisioned (under <see cref="CostAssumptions.OverProvisionedPercent"/>%
/// requested) and under-provisioned (apps do not fit at maximum) groups.
/// </summary>
internal static class CapacityEstimator
{
    public static (ClusterCapacity Cluster, ImmutableDictionary<string, NodeGroupCapacity> Groups, CapacityPool Pool) Estimate(ClusterPlan cluster, PriceLookup lookup)
    {
        var machines = cluster.Cluster.NodeGroups.ToDictionary(
            g => g.Name,
            g => lookup.Machine(cluster.Provider, g.InstanceTypes[0], cluster.Name, g.Name),
            StringComparer.Ordinal);
        var poolGroups = cluster.Cluster.NodeGroups.Where(g => CapacityPool.AcceptsApps(g) && machines[g.Name] is not null).ToImmutableArray();
        var pool = new CapacityPool(
            poolGroups,
            [.. poolGroups.Select(g => new PackGroup(
                g.Name,
                machines[g.Name]!.AllocatableCpuMillis - CostAssumptions.DaemonSetCpuMillisPerNode,
                machines[g.Name]!.AllocatableMemoryMiB - CostAssumptions.DaemonSetMemoryMiBPerNode,
                g.MaxSize))]);

        var atMin = CapacityPool.Pods(cluster.Apps, atMax: false).Concat(CapacityPool.HeadroomPods(cluster.Headroom)).ToList();
        var atMax = CapacityPool.Pods(cluster.Apps, atMax: true).Concat(CapacityPool.HeadroomPods(cluster.Headroom)).ToList();
        var packedMin = pool.Pack(atMin);
        var packedMax = pool.Pack(atMax);
        int Sum(Func<NodeGroupConfigAndRoom, int> of) => pool.Groups.Zip(pool.PackGroups, (g, p) => of(new NodeGroupConfigAndRoom(g.DesiredSize, g.MaxSize, p))).Sum();
        var capacity = new ClusterCapacity(
            [.. pool.Groups.Select(g => g.Name)],
            atMin.Sum(p => p.CpuMillis),
            atMin.Sum(p => p.MemoryMiB),
            atMax.Sum(p => p.CpuMillis),
            atMax.Sum(p => p.MemoryMiB),
            Sum(g => g.Desired * g.Room.NodeCpuMillis),
            Sum(g => g.Desired * g.Room.NodeMemoryMiB),
            Sum(g => g.Max * g.Room.NodeCpuMillis),
            Sum(g => g.Max * g.Room.NodeMemoryMiB),
            packedMin.Nodes,
            packedMax.Nodes,
            packedMax.Unplaced.IsEmpty);

        var cpuPercent = Percent(capacity.RequestedCpuMillisAtMin, capacity.CapacityCpuMillisAtDesired);
        var memoryPercent = Percent(capacity.RequestedMemoryMiBAtMin, capacity.CapacityMemoryMiBAtDesired);
        var overProvisioned = cpuPercent < CostAssumptions.OverProvisionedPercent && memoryPercent < CostAssumptions.OverProvisionedPercent;
        var groups = ImmutableDictionary.CreateBuilder<string, NodeGroupCapacity>(StringComparer.Ordinal);
        foreach (var group in cluster.Cluster.NodeGroups)
        {
            var machine = machines[group.Name];
            var index = pool.Groups.IndexOf(group);
            var status = machine is null ? "unknown"
                : index < 0 ? "tainted"
                : !capacity.FitsAtMax ? "under-provisioned"
                : overProvisioned ? "over-provisioned"
                : "ok";
            groups[group.Name] = new NodeGroupCapacity(
                status,
                machine?.AllocatableCpuMillis,
                machine?.AllocatableMemoryMiB,
                index < 0 ? 0 : packedMin.NodesPerGroup[index],
                index < 0 ? 0 : packedMax.NodesPerGroup[index],
                index < 0 ? null : cpuPercent,
                index < 0 ? null : memoryPercent);
            if (status == "over-provisioned")
            {
                lookup.Warn($"{cluster.Name}/{group.Name}: apps at minimum replicas request {cpuPercent:0.#}% of the CPU and {memoryPercent:0.#}% of the memory of the nodes at desired sizes, under {CostAssumptions.OverProvisionedPercent}%: over-provisioned; the bin-packing estimate fills {packedMin.Nodes} node(s), so desiredSize {group.DesiredSize} (minSize {group.MinSize}) could be lower");
            }
        }

        var desired = pool.Groups.Sum(g => g.DesiredSize);
        if (packedMin.Nodes > desired)
        {
            lookup.Warn($"{cluster.Name}: at minimum replicas the apps fill {packedMin.Nodes} node(s) by the bin-packing estimate, more than the {desired} desired, so the node autoscaler grows {string.Join(", ", pool.Groups.Select(g => g.Name))} and the estimate at desired sizes is low; raise desiredSize");
        }

        WarnUnplaced(cluster, pool, packedMax, lookup);
        return (capacity, groups.ToImmutable(), pool);
    }

    private static void WarnUnplaced(ClusterPlan cluster, CapacityPool pool, PackResult packedMax, PriceLookup lookup)
    {
        if (cluster.Apps.IsEmpty || packedMax.Unplaced.IsEmpty)
        {
            return;
        }

        if (pool.Groups.IsEmpty)
        {
            lookup.Warn($"{cluster.Name}: no node group accepts the apps (every one has a NoSchedule or NoExecute taint, or an unknown type): under-provisioned; add an untainted node group");
            return;
        }

        var tooLarge = packedMax.Unplaced.FirstOrDefault(p => !pool.PackGroups.Any(g => g.NodeCpuMillis >= p.CpuMillis && g.NodeMemoryMiB >= p.MemoryMiB));
        if (tooLarge is not null)
        {
            lookup.Warn($"{cluster.Name}: a pod of {tooLarge.App} requests {tooLarge.CpuMillis}m CPU and {tooLarge.MemoryMiB}Mi memory, more than any node of {string.Join(", ", pool.Groups.Select(g => g.Name))} offers: under-provisioned; use a larger instance type or lower its requests");
            return;
        }

        var apps = packedMax.Unplaced.Select(p => p.App).Distinct().Order(StringComparer.Ordinal);
        lookup.Warn($"{cluster.Name}: at maximum replicas {packedMax.Unplaced.Length} pod(s) of {string.Join(", ", apps)} do not fit in {string.Join(", ", pool.Groups.Select(g => $"{g.Name} ({g.MaxSize} nodes)"))}: under-provisioned; raise maxSize or use a larger instance type");
    }

    private static double? Percent(int part, int whole) => whole == 0 ? null : Math.Round(100.0 * part / whole, 1);

    private readonly record struct NodeGroupConfigAndRoom(int Desired, int Max, PackGroup Room);
}
