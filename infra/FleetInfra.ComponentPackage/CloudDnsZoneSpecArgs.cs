using Pulumi;

namespace FleetInfra.ComponentPackage;

/// <summary>A Cloud DNS managed zone.</summary>
public sealed class CloudDnsZoneSpecArgs : ResourceArgs
{
    /// <summary>The zone's DNS name, like example.com.</summary>
    [Input("zoneName", required: true)]
    public Input<string> ZoneName { get; set; } = null!;

    /// <summary>The managed zone's resource name, like example-com.</summary>
    [Input("managedZone", required: true)]
    public Input<string> ManagedZone { get; set; } = null!;

    /// <summary>The zone's GCP project. Default: the cluster's.</summary>
    [Input("project")]
    public Input<string>? Project { get; set; }
}
