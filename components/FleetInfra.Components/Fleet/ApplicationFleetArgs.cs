using FleetInfra.Core.Planning;
using Pulumi;

namespace FleetInfra.Components.Fleet;

/// <summary>Arguments of <see cref="ApplicationFleet"/>.</summary>
public sealed class ApplicationFleetArgs : ResourceArgs
{
    /// <summary>
    /// The core's plan for one cluster (an entry of <c>FleetPlan.Clusters</c>): its apps, ingress profile and labels.
    /// Every Kubernetes object comes from <c>ClusterManifests.Render</c> of this plan.
    /// </summary>
    public required ClusterPlan Cluster { get; init; }

    /// <summary>
    /// The Kubernetes provider of that cluster, for example <c>EksCluster.Provider</c> or <c>GkeCluster.Provider</c>.
    /// Every object is created through it.
    /// </summary>
    public required Pulumi.Kubernetes.Provider Provider { get; init; }
}
