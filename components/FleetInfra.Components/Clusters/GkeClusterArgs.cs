using FleetInfra.Core.Config;
using Pulumi;

namespace FleetInfra.Components.Clusters;

/// <summary>Arguments of <see cref="GkeCluster"/>.</summary>
public sealed class GkeClusterArgs : ResourceArgs
{
    /// <summary>
    /// The cluster as configured under <c>fleet:clusters</c> (provider <c>gke</c>): project, region, Kubernetes version,
    /// node pools, subnet/pods/services CIDRs, private nodes, release channel and API access CIDRs.
    /// </summary>
    public required ClusterConfig Cluster { get; init; }

    /// <summary>
    /// Protect the network, the cluster and its node pools from deletion; also sets the cluster's
    /// <c>DeletionProtection</c>. Default false; production stacks set it.
    /// </summary>
    public bool Protect { get; init; }
}
