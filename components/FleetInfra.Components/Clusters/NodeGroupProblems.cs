using FleetInfra.Core.Config;

namespace FleetInfra.Components.Clusters;

/// <summary>Checks of node groups shared by both cluster components.</summary>
internal static class NodeGroupProblems
{
    public static IEnumerable<string> For(ClusterConfig cluster, bool requireSingleMachineType)
    {
        if (cluster.NodeGroups.IsDefaultOrEmpty)
        {
            yield return "cluster.nodeGroups: at least one node group is required (the default node group is never created)";
            yield break;
        }

        foreach (var group in cluster.NodeGroups)
        {
            var field = $"cluster.nodeGroups.{group.Name}";
            if (group.InstanceTypes.IsDefaultOrEmpty)
            {
                yield return $"{field}.instanceTypes: at least one instance type is required";
            }
            else if (requireSingleMachineType && group.InstanceTypes.Length != 1)
            {
                yield return $"{field}.instanceTypes: a GKE node pool has exactly one machine type, got {group.InstanceTypes.Length}";
            }

            if (group.MinSize < 0 || group.MaxSize < 1 || group.MinSize > group.MaxSize)
            {
                yield return $"{field}: sizes must satisfy 0 <= minSize <= maxSize and maxSize >= 1, got minSize {group.MinSize}, maxSize {group.MaxSize}";
            }
            else if (group.DesiredSize < group.MinSize || group.DesiredSize > group.MaxSize)
            {
                yield return $"{field}.desiredSize: {group.DesiredSize} must be between minSize {group.MinSize} and maxSize {group.MaxSize}";
            }
        }
    }
}
