using System.Collections.Immutable;
using FleetInfra.Core.Addons;
using FleetInfra.Core.Config;

namespace FleetInfra.Core.Planning;

/// <summary>One cluster of a stack with the apps it runs.</summary>
public sealed partial record ClusterPlan
{
    public required ClusterConfig Cluster { get; init; }

    public required IngressProfile Ingress { get; init; }

    public required string Environment { get; init; }

    public required string PartOf { get; init; }

    /// <summary>
    /// The labels placement selectors and rollout waves match against (<see cref="Placement.ClusterLabels.Of"/>),
    /// computed once by the planner for placement, rollout, <c>fleet plan</c> and the runner's stack waves.
    /// </summary>
    public required ImmutableSortedDictionary<string, string> Labels { get; init; }

    /// <summary>Apps sorted by name.</summary>
    public required ImmutableArray<AppPlan> Apps { get; init; }

    /// <summary>What the cluster needs installed so that its objects take effect (metrics, policy, autoscaling, DNS, certificates).</summary>
    public ClusterAddons Addons { get; init; } = ClusterAddons.None;

    /// <summary>The pause-pod Deployments keeping room free (<c>fleet:headroom</c>, node groups' <c>headroom</c>); empty for none.</summary>
    public ImmutableArray<Headroom.HeadroomPlan> Headroom { get; init; } = [];

    public string Name => Cluster.Name;

    public CloudProvider Provider => Cluster.Provider;
}
