using FleetInfra.Core.Schema;

namespace FleetInfra.Core.Config.Classes;

/// <summary>
/// The key tables of cluster classes, cut from <see cref="StackKeys.Cluster"/> so a class and a cluster read every
/// setting through the same reader: a class holds everything but the identity keys, a cluster of a class needs only its identity.
/// </summary>
public static class ClusterClassKeys
{
    /// <summary>What only a cluster says about itself: never in a class.</summary>
    public static readonly IReadOnlyCollection<string> Identity = ["name", "region", "project", "apps"];

    /// <summary>An entry of <c>fleet:clusterClasses</c>.</summary>
    public static readonly KeyTable ClusterClass = StackKeys.Cluster with
    {
        Definition = "clusterClass",
        Description = "A cluster class: the settings its clusters share (everything but name, region, project and apps).",
        Keys =
        [
            .. StackKeys.Cluster.Keys
                .Where(key => !Identity.Contains(key.Name))
                .Select(key => key.Name == "class"
                    ? key with { Description = "Another class this one extends: its settings, with this class's over them." }
                    : key with { Required = false }),
        ],
        Rules =
        [
            new KeyRule("provider", "eks", [.. StackKeys.GkeOnly.Where(k => !Identity.Contains(k))], []),
            new KeyRule("provider", "gke", [.. StackKeys.EksOnly], []),
        ],
    };

    /// <summary>A cluster that names a class: its class gives every key but the identity ones.</summary>
    internal static readonly KeyTable ClusterOfClass = StackKeys.Cluster with
    {
        Keys = [.. StackKeys.Cluster.Keys.Select(key => key.Name is "name" or "region" ? key : key with { Required = false })],
    };

    /// <summary>A node group of a cluster that overrides its class's group of the same name: any key, none required.</summary>
    internal static readonly KeyTable NodeGroupOverride = StackKeys.NodeGroup with
    {
        Keys = [.. StackKeys.NodeGroup.Keys.Select(key => key with { Required = false })],
    };
}
