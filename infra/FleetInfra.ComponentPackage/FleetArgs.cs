using Pulumi;

namespace FleetInfra.ComponentPackage;

/// <summary>
/// The inputs every component of the package plans from, as a stack file would give them: the cluster, the apps'
/// intents and the stack-wide settings (the <c>fleet:</c> keys of the same names).
/// </summary>
public abstract class FleetArgs : ResourceArgs
{
    /// <summary>The cluster: the keys of one <c>fleet:clusters</c> entry.</summary>
    [Input("cluster", required: true)]
    public Input<ClusterSpecArgs> Cluster { get; set; } = null!;

    /// <summary>
    /// Application intents as YAML, the format of <c>stacks/apps/*.yaml</c> (<c>application:</c> with one entry per app).
    /// The cluster components plan their add-ons for these apps; ApplicationFleet deploys them. Default: no apps.
    /// </summary>
    [Input("intents")]
    public Input<string>? Intents { get; set; }

    /// <summary>The environment label of every object. Default: the stack name.</summary>
    [Input("environment")]
    public Input<string>? Environment { get; set; }

    /// <summary>The <c>app.kubernetes.io/part-of</c> label. Default fleetinfra.</summary>
    [Input("partOf")]
    public Input<string>? PartOf { get; set; }

    /// <summary>Base domain of public apps' hosts: <c>{app}.{cluster}.{domain}</c>.</summary>
    [Input("domain")]
    public Input<string>? Domain { get; set; }

    /// <summary>Registry path of <c>build_mode: DOCKER</c> apps' images.</summary>
    [Input("imageRegistry")]
    public Input<string>? ImageRegistry { get; set; }

    /// <summary>Tag of CI-built images; required with imageRegistry; not latest.</summary>
    [Input("imageTag")]
    public Input<string>? ImageTag { get; set; }

    /// <summary>Protect the network, cluster and node groups from deletion. Default: true when the environment is prod or production.</summary>
    [Input("protect")]
    public Input<bool>? Protect { get; set; }
}
