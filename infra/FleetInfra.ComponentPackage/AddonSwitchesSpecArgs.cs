using Pulumi;

namespace FleetInfra.ComponentPackage;

/// <summary>Which cluster add-ons FleetInfra may install; each is on by default and installed only where the apps need it.</summary>
public sealed class AddonSwitchesSpecArgs : ResourceArgs
{
    /// <summary>EKS: metrics-server, so HorizontalPodAutoscalers read CPU usage.</summary>
    [Input("metricsServer")]
    public Input<bool>? MetricsServer { get; set; }

    /// <summary>EKS: the VPC CNI's network policy agent, so NetworkPolicies are enforced.</summary>
    [Input("networkPolicy")]
    public Input<bool>? NetworkPolicy { get; set; }

    /// <summary>EKS: Cluster Autoscaler.</summary>
    [Input("nodeAutoscaler")]
    public Input<bool>? NodeAutoscaler { get; set; }

    /// <summary>DNS records for public hosts: ExternalDNS on EKS, Cloud DNS record sets on GKE.</summary>
    [Input("dns")]
    public Input<bool>? Dns { get; set; }

    /// <summary>EKS: an ACM certificate for the cluster's hosts.</summary>
    [Input("certificates")]
    public Input<bool>? Certificates { get; set; }

    /// <summary>GKE: a reserved global static IP per public app.</summary>
    [Input("staticIps")]
    public Input<bool>? StaticIps { get; set; }
}
