using Pulumi;

namespace FleetInfra.ComponentPackage;

/// <summary>A public Route 53 hosted zone.</summary>
public sealed class Route53ZoneSpecArgs : ResourceArgs
{
    /// <summary>The zone's DNS name, like example.com.</summary>
    [Input("zoneName", required: true)]
    public Input<string> ZoneName { get; set; } = null!;

    /// <summary>The hosted zone id. Default: looked up by name.</summary>
    [Input("zoneId")]
    public Input<string>? ZoneId { get; set; }
}
