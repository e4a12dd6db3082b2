using System.Collections.Immutable;
using FleetInfra.Core.Config;
using FleetInfra.Core.Rendering;

namespace FleetInfra.Core.Headroom;

/// <summary>The labels a node group's nodes carry: the stack's, plus the label its headroom's pause pods select.</summary>
public static class NodeGroupLabels
{
    /// <summary>Only a group with headroom gets <see cref="HeadroomManifests.NodeGroupLabel"/>, so other groups' nodes never change.</summary>
    public static ImmutableSortedDictionary<string, string> For(NodeGroupConfig group) =>
        group.Headroom is null ? group.Labels : group.Labels.SetItem(HeadroomManifests.NodeGroupLabel, group.Name);
}
