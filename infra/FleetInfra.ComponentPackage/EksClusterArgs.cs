using Pulumi;

namespace FleetInfra.ComponentPackage;

/// <summary>Inputs of <see cref="EksCluster"/>: the cluster (provider eks) and, for its add-ons, the apps it will run.</summary>
public sealed class EksClusterArgs : FleetArgs
{
    /// <summary>Zones of a new VPC, 2 to 4. Default 3.</summary>
    [Input("availabilityZoneCount")]
    public Input<int>? AvailabilityZoneCount { get; set; }

    /// <summary>Version of the aws-load-balancer-controller Helm chart. Default 1.15.0.</summary>
    [Input("loadBalancerControllerChartVersion")]
    public Input<string>? LoadBalancerControllerChartVersion { get; set; }
}
