using FleetInfra.Core.Planning;
using FleetInfra.Core.Quantities;

namespace FleetInfra.Core.Policies.Checks;

/// <summary>
/// FI009: a cluster's untainted node groups, at their <c>maxSize</c> of their smallest instance type, hold every app
/// at max replicas, plus the cluster's headroom. Otherwise autoscaling stops short of <c>max_running_instances</c>. A warning by default: other
/// stacks' or system pods and bin-packing make it an estimate. Clusters with a type missing from the table are skipped.
/// </summary>
public sealed class NodeGroupCapacityPolicy : IPolicy
{
    public string Id => "FI009";

    public string Title => "node groups at maxSize hold the apps at max replicas";

    public PolicyLevel DefaultLevel => PolicyLevel.Warning;

    public IEnumerable<PolicyFinding> Check(PolicyContext context)
    {
        foreach (var cluster in context.Plan.Clusters.Where(c => !c.Apps.IsEmpty))
        {
            var groups = SchedulableNodeGroups.Of(cluster)
                .Select(g => (Group: g, Types: SchedulableNodeGroups.KnownTypes(context, cluster, g)))
                .ToList();
            if (groups.Count == 0 || groups.Any(g => g.Types.Count < g.Group.InstanceTypes.Length))
            {
                continue;
            }

            var cpu = groups.Sum(g => (long)g.Group.MaxSize * g.Types.Min(t => t.Allocatable.Millicores));
            var memory = groups.Sum(g => g.Group.MaxSize * g.Types.Min(t => t.AllocatableMemory.Bytes));
            // The headroom's pause pods hold their room too, on top of the apps at max replicas.
            var neededCpu = cluster.Apps.Sum(a => (long)a.Cpu.Millicores * a.Scaling.MaxReplicas) + cluster.Headroom.Sum(h => h.TotalMillicores);
            var neededMemory = cluster.Apps.Sum(a => a.Memory.Bytes * a.Scaling.MaxReplicas) + cluster.Headroom.Sum(h => h.TotalMemoryBytes);
            if (neededCpu <= cpu && neededMemory <= memory)
            {
                continue;
            }

            var first = groups[0].Group;
            var index = cluster.Cluster.NodeGroups.IndexOf(first);
            yield return new PolicyFinding(
                first.MaxSizeSource ?? cluster.Cluster.Source,
                $"{context.PathOf(cluster)}.nodeGroups[{index}].maxSize",
                $"at max replicas the apps of cluster {cluster.Name}{(cluster.Headroom.IsEmpty ? string.Empty : " with its headroom")} request {PolicyText.Cpu(new CpuQuantity((int)neededCpu))} and {PolicyText.Memory(new MemoryQuantity(neededMemory))}, but its untainted node groups hold {PolicyText.Cpu(new CpuQuantity((int)cpu))} and {PolicyText.Memory(new MemoryQuantity(memory))} at maxSize ({string.Join(", ", groups.Select(g => $"{g.Group.Name}: {g.Group.MaxSize} x {g.Types.MinBy(t => t.Allocatable.Millicores)!.Name}"))}); raise maxSize or use larger instance types");
        }
    }
}
