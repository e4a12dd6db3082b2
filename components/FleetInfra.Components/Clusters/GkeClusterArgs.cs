using FleetInfra.Core.Addons;
using FleetInfra.Core.Config;
using Pulumi;

namespace FleetInfra.Components.Clusters;

/// <summary>Arguments of <see cref="GkeCluster"/>.</summary>
public sealed class GkeClusterArgs : ResourceArgs
{
    /// <value>172.16.0.0/28, the control plane's range when nodes are private.</value>
    public const string DefaultMasterIpv4CidrBlock = "172.16.0.0/28";

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

    /// <summary>The /28 the control plane uses when <see cref="ClusterConfig.PrivateNodes"/> is on. Default <see cref="DefaultMasterIpv4CidrBlock"/>.</summary>
    public string MasterIpv4CidrBlock { get; init; } = DefaultMasterIpv4CidrBlock;

    /// <summary>
    /// The add-ons the core planned for this cluster (<c>ClusterPlan.Addons</c>): a reserved global address per public app
    /// and the hosts' A records in the Cloud DNS zone. Metrics, NetworkPolicy enforcement (Dataplane V2) and node
    /// autoscaling are built into the cluster. Default: none.
    /// </summary>
    public ClusterAddons Addons { get; init; } = ClusterAddons.None;

    /// <summary>Every problem with these arguments, each prefixed with its field; empty when they are valid.</summary>
    internal IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        var cluster = Cluster;
        if (cluster.Provider != CloudProvider.Gke)
        {
            problems.Add($"cluster.provider: is '{cluster.Provider.ToString().ToLowerInvariant()}'; GkeCluster only builds 'gke' clusters (use EksCluster for 'eks')");
        }

        if (string.IsNullOrWhiteSpace(cluster.Project))
        {
            problems.Add("cluster.project: the GCP project is required for a GKE cluster");
        }

        problems.AddRange(NodeGroupProblems.For(cluster, requireSingleMachineType: true));

        foreach (var (field, value) in new[]
        {
            ("cluster.subnetCidr", cluster.SubnetCidr),
            ("cluster.podsCidr", cluster.PodsCidr),
            ("cluster.servicesCidr", cluster.ServicesCidr),
        })
        {
            if (!Ipv4Cidr.TryParse(value, out _))
            {
                problems.Add($"{field}: '{value}' is not an IPv4 CIDR");
            }
        }

        if (cluster.PrivateNodes && (!Ipv4Cidr.TryParse(MasterIpv4CidrBlock, out var master) || master.PrefixLength != 28))
        {
            problems.Add($"masterIpv4CidrBlock: '{MasterIpv4CidrBlock}' must be an IPv4 /28, for example {DefaultMasterIpv4CidrBlock}");
        }

        return problems;
    }
}
