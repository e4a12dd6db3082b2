using System.Collections.Immutable;
using FleetInfra.Core.Addons;
using FleetInfra.Core.Config;
using Pulumi;

namespace FleetInfra.Components.Clusters;

/// <summary>Arguments of <see cref="EksCluster"/>.</summary>
public sealed class EksClusterArgs : ResourceArgs
{
    /// <value>3 availability zones for a new VPC (one public and one private subnet, and one NAT gateway, per zone).</value>
    public const int DefaultAvailabilityZoneCount = 3;

    /// <value>1.15.0, the <c>aws-load-balancer-controller</c> chart of controller v2.15.0: <c>AddonVersions.LoadBalancerController</c> (a test keeps them equal).</value>
    public const string DefaultLoadBalancerControllerChartVersion = "1.15.0";

    /// <summary>
    /// The cluster as configured under <c>fleet:clusters</c> (provider <c>eks</c>): region, Kubernetes version, node groups,
    /// API access CIDRs, admin role ARNs, and either a new VPC CIDR or an existing VPC with its subnets.
    /// </summary>
    public required ClusterConfig Cluster { get; init; }

    /// <summary>Protect the network, the KMS key, the cluster and its node groups from deletion. Default false; production stacks set it.</summary>
    public bool Protect { get; init; }

    /// <summary>
    /// Zones a new VPC spans, 2 to 4; ignored with an existing VPC. Default <see cref="DefaultAvailabilityZoneCount"/>.
    /// </summary>
    public int AvailabilityZoneCount { get; init; } = DefaultAvailabilityZoneCount;

    /// <summary>
    /// The AWS provider for every AWS resource of the cluster (for example one that assumes a deployment role).
    /// Default: a provider created for <see cref="ClusterConfig.Region"/> with the ambient AWS credentials.
    /// Its region must be the cluster's region.
    /// </summary>
    public Pulumi.Aws.Provider? AwsProvider { get; init; }

    /// <summary>Version of the <c>aws-load-balancer-controller</c> Helm chart. Default <see cref="DefaultLoadBalancerControllerChartVersion"/>.</summary>
    public string LoadBalancerControllerChartVersion { get; init; } = DefaultLoadBalancerControllerChartVersion;

    /// <summary>
    /// The add-ons the core planned for this cluster (<c>ClusterPlan.Addons</c>): metrics-server, the VPC CNI's network
    /// policy agent, Cluster Autoscaler, ExternalDNS and the ACM certificate for the Ingress hosts. Default: none, which
    /// leaves the cluster as before (library users who render no apps).
    /// </summary>
    public ClusterAddons Addons { get; init; } = ClusterAddons.None;

    /// <summary>
    /// The stack's teams (<c>FleetPlan.Teams</c>): each IAM role in a team's <c>eksRoleArns</c> gets an access entry that
    /// maps it to the team's Kubernetes group, which the RoleBindings rendered in the team's namespaces name. Such an
    /// entry has no access policy: the role can do exactly what those bindings allow. Default: none.
    /// </summary>
    public ImmutableArray<TeamConfig> Teams { get; init; } = [];

    /// <summary>Every problem with these arguments, each prefixed with its field; empty when they are valid.</summary>
    internal IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        var cluster = Cluster;
        if (cluster.Provider != CloudProvider.Eks)
        {
            problems.Add($"cluster.provider: is '{cluster.Provider.ToString().ToLowerInvariant()}'; EksCluster only builds 'eks' clusters (use GkeCluster for 'gke')");
        }

        problems.AddRange(NodeGroupProblems.For(cluster, requireSingleMachineType: false));

        if (cluster.ExistingVpcId is null)
        {
            if (cluster.ExistingPrivateSubnetIds.Length > 0 || cluster.ExistingPublicSubnetIds.Length > 0)
            {
                problems.Add("cluster.existingVpcId: is required when existing subnet ids are given");
            }

            if (!Ipv4Cidr.TryParse(cluster.VpcCidr, out var vpc) || vpc.PrefixLength is < 16 or > 24)
            {
                problems.Add($"cluster.vpcCidr: '{cluster.VpcCidr}' must be an IPv4 CIDR with a prefix from /16 to /24, for example {ClusterConfig.DefaultVpcCidr}");
            }

            if (AvailabilityZoneCount is < 2 or > 4)
            {
                problems.Add($"availabilityZoneCount: {AvailabilityZoneCount} must be from 2 to 4 (EKS needs subnets in at least two zones)");
            }
        }
        else if (cluster.ExistingPrivateSubnetIds.Length < 2)
        {
            problems.Add($"cluster.existingPrivateSubnetIds: has {cluster.ExistingPrivateSubnetIds.Length} subnet(s); an existing VPC needs private subnets in at least two availability zones");
        }

        if (string.IsNullOrWhiteSpace(LoadBalancerControllerChartVersion))
        {
            problems.Add("loadBalancerControllerChartVersion: must not be empty");
        }

        return problems;
    }
}
