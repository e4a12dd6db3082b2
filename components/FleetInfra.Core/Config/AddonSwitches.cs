namespace FleetInfra.Core.Config;

/// <summary>
/// Which cluster add-ons FleetInfra may install (<c>fleet:addons</c>, overridden per cluster by <c>addons</c>).
/// Every switch is on by default; an add-on is installed only where the cluster's apps need it.
/// </summary>
public sealed record AddonSwitches
{
    public static readonly AddonSwitches AllOn = new();

    /// <summary>EKS: metrics-server, so HorizontalPodAutoscalers read CPU usage.</summary>
    public bool MetricsServer { get; init; } = true;

    /// <summary>EKS: the VPC CNI's network policy agent, so NetworkPolicies are enforced.</summary>
    public bool NetworkPolicy { get; init; } = true;

    /// <summary>EKS: Cluster Autoscaler, so node groups grow to <c>maxSize</c> and shrink to <c>minSize</c>.</summary>
    public bool NodeAutoscaler { get; init; } = true;

    /// <summary>DNS records for public hosts: ExternalDNS on EKS, Cloud DNS record sets on GKE.</summary>
    public bool Dns { get; init; } = true;

    /// <summary>EKS: an ACM certificate, validated in the Route 53 zone, for the cluster's hosts.</summary>
    public bool Certificates { get; init; } = true;

    /// <summary>GKE: a reserved global static IP per public app, named on its Ingress.</summary>
    public bool StaticIps { get; init; } = true;
}
