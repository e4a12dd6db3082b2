using FleetInfra.Core.Policies;

namespace FleetInfra.Core.Diffing.Hazards;

/// <summary>
/// FI107: a node group's instance types, disk or taints change. An EKS managed node group's instance types cannot change
/// in place, so Pulumi replaces the group; a new disk size is a new launch template version, which replaces every node;
/// GKE recreates the node pool's nodes for a new machine type or disk. Either way every pod on the group is evicted.
/// </summary>
internal sealed class NodeGroupReplacementHazard : IHazardRule
{
    private static readonly string[] ReplacingFields = ["instanceTypes", "diskSizeGb", "taints"];

    public string Id => "FI107";

    public string Title => "a node group's instance types, disk or taints change";

    public PolicyLevel DefaultLevel => PolicyLevel.Warning;

    public IEnumerable<HazardFinding> Check(HazardContext context)
    {
        foreach (var cluster in context.Clusters)
        {
            if (cluster is not { Before: { } before, After: { } after })
            {
                continue;
            }

            foreach (var group in after.Cluster.NodeGroups)
            {
                if (before.Cluster.NodeGroups.FirstOrDefault(g => g.Name == group.Name) is not { } old)
                {
                    continue;
                }

                var changed = ClusterPlanDiffer.FieldsOf(old).Zip(ClusterPlanDiffer.FieldsOf(group))
                    .Where(pair => ReplacingFields.Contains(pair.First.Field) && pair.First.Value != pair.Second.Value)
                    .Select(pair => (pair.First.Field, Before: pair.First.Value, After: pair.Second.Value))
                    .ToList();
                if (changed.Count == 0)
                {
                    continue;
                }

                var location = group.SourceOf(changed[0].Field) ?? after.Cluster.Source;
                var apps = after.Apps.Select(a => a.Name).ToList();
                yield return new HazardFinding(
                    cluster.Name,
                    context.Head.Relative(location),
                    $"node group {group.Name} of cluster {cluster.Name} changes {string.Join(" and ", changed.Select(c => $"{c.Field} ({Text(c.Before)} to {Text(c.After)})"))}: the group is replaced, its nodes drained and their pods evicted{(apps.Count == 0 ? string.Empty : $" (apps {string.Join(", ", apps)})")}; add a new node group with the new settings first and apply, then remove {group.Name} in a second change");
            }
        }
    }

    private static string Text(string value) => value.Length == 0 ? "none" : value;
}
