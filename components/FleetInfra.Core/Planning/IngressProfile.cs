using System.Collections.Immutable;
using FleetInfra.Core.Config;

namespace FleetInfra.Core.Planning;

/// <summary>
/// How a cluster exposes public ports: the provider differences, as data chosen once by the planner.
/// </summary>
public abstract record IngressProfile
{
    /// <summary>Egress the app NetworkPolicy never allows (for example the node metadata service).</summary>
    public ImmutableArray<string> BlockedEgressCidrs { get; init; } = [];

    // A record compares an ImmutableArray by reference; profiles are equal when their contents are.
    public virtual bool Equals(IngressProfile? other) =>
        other is not null && EqualityContract == other.EqualityContract && BlockedEgressCidrs.SequenceEqual(other.BlockedEgressCidrs);

    public override int GetHashCode() => HashCode.Combine(EqualityContract, BlockedEgressCidrs.Length);

    public static IngressProfile For(ClusterConfig cluster) => cluster.Provider switch
    {
        CloudProvider.Eks => new AlbIngressProfile
        {
            GroupName = cluster.Name,
            CertificateArn = cluster.CertificateArn,

            // Pods never need the EC2 instance metadata service: EKS Pod Identity uses 169.254.170.23.
            BlockedEgressCidrs = ["169.254.169.254/32"],
        },

        // GKE Workload Identity serves pod credentials through the metadata address, so it stays reachable.
        CloudProvider.Gke => new GceIngressProfile { ReserveStaticIps = cluster.Addons.StaticIps },
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

    /// <summary>Each public app's Ingress names its reserved global address (<c>{cluster}-{app}</c>), so the IP survives Ingress changes.</summary>
    public bool ReserveStaticIps { get; init; } = true;
}
