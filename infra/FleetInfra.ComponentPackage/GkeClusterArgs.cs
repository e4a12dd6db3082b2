using Pulumi;

namespace FleetInfra.ComponentPackage;

/// <summary>Inputs of <see cref="GkeCluster"/>: the cluster (provider gke) and, for its add-ons, the apps it will run.</summary>
public sealed class GkeClusterArgs : FleetArgs
{
    /// <summary>Control-plane range for private nodes. Default 172.16.0.0/28.</summary>
    [Input("masterIpv4CidrBlock")]
    public Input<string>? MasterIpv4CidrBlock { get; set; }
}
