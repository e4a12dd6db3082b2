using FleetInfra.Core.Config;
using FleetInfra.Core.Planning;

namespace FleetInfra.Core.Policies.Checks;

/// <summary>The node groups of a cluster that FleetInfra's pods can land on: no NoSchedule or NoExecute taint (pods get no tolerations).</summary>
internal static class SchedulableNodeGroups
{
    public static IEnumerable<NodeGroupConfig> Of(ClusterPlan cluster) =>
        cluster.Cluster.NodeGroups.Where(g => g.Taints.All(t => t.Effect == TaintEffect.PreferNoSchedule));

    /// <summary>The group's instance types whose allocatable capacity is known; empty when none is.</summary>
    public static IReadOnlyList<MachineType> KnownTypes(PolicyContext context, ClusterPlan cluster, NodeGroupConfig group) =>
        [.. group.InstanceTypes.Select(t => MachineTypes.Find(context.Machines, cluster.Provider, t)).OfType<MachineType>()];
}
