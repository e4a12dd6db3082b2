using FleetInfra.Core.Config;
using Pulumi;

namespace FleetInfra.Components.Clusters;

/// <summary>Arguments of <see cref="EksCluster"/>.</summary>
public sealed class EksClusterArgs : ResourceArgs
{
    /// <summary>
    /// The cluster as configured under <c>fleet:clusters</c> (provider <c>eks</c>): region, Kubernetes version, node groups,
    /// API access CIDRs, admin role ARNs, and either a new VPC CIDR or an existing VPC with its subnets.
    /// </summary>
    public required ClusterConfig Cluster { get; init; }

    /// <summary>Protect the network, the cluster and its node groups from deletion. Default false; production stacks set it.</summary>
    public bool Protect { get; init; }
}
