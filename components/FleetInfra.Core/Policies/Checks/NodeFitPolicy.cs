using FleetInfra.Core.Intents;
using FleetInfra.Core.Planning;

namespace FleetInfra.Core.Policies.Checks;

/// <summary>
/// FI008: one replica of every app fits on a node of its cluster: some untainted node group has an instance type
/// whose allocatable CPU and memory (from the machine-type table) cover the app's requests. Otherwise its pods stay
/// Pending forever. The same holds for one pause pod of a headroom (<c>fleet:headroom</c> or a node group's): a pod larger
/// than its node keeps no room and never runs. Types missing from the table are not judged.
/// </summary>
public sealed class NodeFitPolicy : IPolicy
{
    public string Id => "FI008";

    public string Title => "one replica fits on a node of its cluster";

    public PolicyLevel DefaultLevel => PolicyLevel.Error;

    public IEnumerable<PolicyFinding> Check(PolicyContext context)
    {
        foreach (var cluster in context.Plan.Clusters.Where(c => !c.Apps.IsEmpty))
        {
            var groups = SchedulableNodeGroups.Of(cluster).ToList();
            if (groups.Count == 0)
            {
                yield return new PolicyFinding(
                    cluster.Cluster.Source,
                    $"{context.PathOf(cluster)}.nodeGroups",
                    $"every node group of cluster {cluster.Name} has a NoSchedule or NoExecute taint and FleetInfra's pods tolerate none, so {string.Join(", ", cluster.Apps.Select(a => a.Name))} never start; add a node group without taints");
                continue;
            }

            var types = groups.SelectMany(g => SchedulableNodeGroups.KnownTypes(context, cluster, g)).ToList();
            if (types.Count == 0)
            {
                continue;
            }

            foreach (var finding in HeadroomFindings(context, cluster, groups))
            {
                yield return finding;
            }

            var largest = types.MaxBy(t => (t.Allocatable.Millicores, t.AllocatableMemory.Bytes))!;
            foreach (var app in cluster.Apps.Where(a => !types.Any(t => t.Allocatable.Millicores >= a.Cpu.Millicores && t.AllocatableMemory.Bytes >= a.Memory.Bytes)))
            {
                var intent = context.Intents[app.Name];
                var key = types.Any(t => t.Allocatable.Millicores >= app.Cpu.Millicores) ? IntentKeys.Memory : IntentKeys.Cpu;
                yield return new PolicyFinding(
                    intent.SourceOf(key),
                    PolicyContext.FieldOf(intent, key),
                    $"one replica of '{app.Name}' requests {PolicyText.Cpu(app.Cpu)} and {PolicyText.Memory(app.Memory)}, more than any untainted node of cluster {cluster.Name} offers (largest: {largest.Name}, {PolicyText.Cpu(largest.Allocatable)} and {PolicyText.Memory(largest.AllocatableMemory)} allocatable); lower {key} or add a node group with a larger instance type");
            }
        }
    }

    /// <summary>A headroom pause pod that no node of its node group (or, stack-wide, of any schedulable group) can hold.</summary>
    private static IEnumerable<PolicyFinding> HeadroomFindings(PolicyContext context, ClusterPlan cluster, List<Config.NodeGroupConfig> schedulable)
    {
        foreach (var headroom in cluster.Headroom)
        {
            var groups = headroom.NodeGroup is { } name ? cluster.Cluster.NodeGroups.Where(g => g.Name == name) : schedulable;
            var types = groups.SelectMany(g => SchedulableNodeGroups.KnownTypes(context, cluster, g)).ToList();
            if (types.Count == 0 || types.Any(t => t.Allocatable.Millicores >= headroom.Cpu.Millicores && t.AllocatableMemory.Bytes >= headroom.Memory.Bytes))
            {
                continue;
            }

            var largest = types.MaxBy(t => (t.Allocatable.Millicores, t.AllocatableMemory.Bytes))!;
            var where = headroom.NodeGroup is { } group ? $"node group {group} of cluster {cluster.Name}" : $"any untainted node of cluster {cluster.Name}";
            yield return new PolicyFinding(
                headroom.Source,
                headroom.Path,
                $"a headroom pod requests {PolicyText.Cpu(headroom.Cpu)} and {PolicyText.Memory(headroom.Memory)}, more than {where} offers (largest: {largest.Name}, {PolicyText.Cpu(largest.Allocatable)} and {PolicyText.Memory(largest.AllocatableMemory)} allocatable), so it never runs and keeps no room; lower it below a node's size or use a larger instance type");
        }
    }
}
