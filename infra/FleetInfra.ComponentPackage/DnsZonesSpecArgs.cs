using Pulumi;

namespace FleetInfra.ComponentPackage;

/// <summary>The DNS zones public hosts are written to: <c>route53</c> for EKS clusters, <c>cloudDns</c> for GKE clusters.</summary>
public sealed class DnsZonesSpecArgs : ResourceArgs
{
    /// <summary>EKS: the Route 53 hosted zone.</summary>
    [Input("route53")]
    public Input<Route53ZoneSpecArgs>? Route53 { get; set; }

    /// <summary>GKE: the Cloud DNS managed zone.</summary>
    [Input("cloudDns")]
    public Input<CloudDnsZoneSpecArgs>? CloudDns { get; set; }
}
