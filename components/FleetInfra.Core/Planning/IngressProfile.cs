using System.Collections.Immutable;
using FleetInfra.Core.Config;

namespace FleetInfra.Core.Planning;

/// <summary>
/// How a cluster exposes public ports: the provider differences, as data chosen once by the planner.
/// </summary>
public abstract record IngressProfile
{
    /// <summary>The private IPv4 ranges (RFC 1918), where an existing VPC's addresses are when FleetInfra does not know its CIDR.</summary>
    public static readonly ImmutableArray<string> PrivateRanges = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"];

    /// <summary>
    /// Google's health-check and Google Front End ranges, the sources of a global external Application Load Balancer's
    /// health checks and of its traffic to zonal NEG (pod) backends (cloud.google.com/load-balancing/docs/firewall-rules).
    /// </summary>
    public static readonly ImmutableArray<string> GoogleLoadBalancerRanges = ["35.191.0.0/16", "130.211.0.0/22"];

    /// <summary>Egress the app NetworkPolicy never allows (for example the node metadata service).</summary>
    public ImmutableArray<string> BlockedEgressCidrs { get; init; } = [];

    /// <summary>
    /// Where the load balancer's health checks (and the nodes' kubelets) come from: a port that only the health check
    /// uses is open to these ranges, not to every source.
    /// </summary>
    public ImmutableArray<string> HealthCheckSourceCidrs { get; init; } = [];

    // A record compares an ImmutableArray by reference; profiles are equal when their contents are.
    public virtual bool Equals(IngressProfile? other) =>
        other is not null && EqualityContract == other.EqualityContract
        && BlockedEgressCidrs.SequenceEqual(other.BlockedEgressCidrs) && HealthCheckSourceCidrs.SequenceEqual(other.HealthCheckSourceCidrs);

    public override int GetHashCode() => HashCode.Combine(EqualityContract, BlockedEgressCidrs.Length, HealthCheckSourceCidrs.Length);

    /// <param name="cluster">The cluster.</param>
    /// <param name="stackName">The stack, which qualifies the names of GKE's reserved addresses.</param>
    public static IngressProfile For(ClusterConfig cluster, string stackName) => cluster.Provider switch
    {
        CloudProvider.Eks => new AlbIngressProfile
        {
            GroupName = cluster.Name,
            CertificateArn = cluster.CertificateArn,

            // Pods never need the EC2 instance metadata service: EKS Pod Identity uses 169.254.170.23.
            BlockedEgressCidrs = ["169.254.169.254/32"],

            // The ALB's nodes (health checks, target-type ip) and the cluster's nodes live in the VPC.
            HealthCheckSourceCidrs = cluster.ExistingVpcId is null && Ipv4Cidr.TryParse(cluster.VpcCidr, out var vpc) ? [vpc.ToString()] : PrivateRanges,
        },

        // GKE Workload Identity serves pod credentials through the metadata address, so it stays reachable.
        CloudProvider.Gke => new GceIngressProfile
        {
            ReserveStaticIps = cluster.Addons.StaticIps,
            Stack = stackName,
            HealthCheckSourceCidrs = [.. GoogleLoadBalancerRanges, Ipv4Cidr.TryParse(cluster.SubnetCidr, out var nodes) ? nodes.ToString() : cluster.SubnetCidr],
        },
        _ => throw new ArgumentOutOfRangeException(nameof(cluster), cluster.Provider, "unknown provider"),
    };
}

/// <summary>EKS: the AWS Load Balancer Controller, one shared internet-facing ALB per cluster.</summary>
public sealed record AlbIngressProfile : IngressProfile
{
    public const string ClassName = "alb";

    /// <value>TLS 1.3 with TLS 1.2 fallback; the controller's default policy allows TLS 1.0.</value>
    public const string DefaultSslPolicy = "ELBSecurityPolicy-TLS13-1-2-2021-06";

    /// <summary>The <c>group.name</c> that makes every Ingress of the cluster share one ALB.</summary>
    public required string GroupName { get; init; }

    public string Scheme { get; init; } = "internet-facing";

    public string TargetType { get; init; } = "ip";

    public string SslPolicy { get; init; } = DefaultSslPolicy;

    public string? CertificateArn { get; init; }
}

/// <summary>GKE: the GCE Ingress controller (external Application Load Balancer) with container-native NEGs.</summary>
public sealed record GceIngressProfile : IngressProfile
{
    public const string ClassAnnotationValue = "gce";

    /// <summary>Each public app's Ingress names its reserved global address (<c>{stack}-{cluster}-{app}</c>), so the IP survives Ingress changes.</summary>
    public bool ReserveStaticIps { get; init; } = true;

    /// <summary>The stack, which qualifies the addresses' names: stacks share a project's global address names.</summary>
    public required string Stack { get; init; }
}
