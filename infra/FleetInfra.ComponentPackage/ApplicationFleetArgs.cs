using Pulumi;

namespace FleetInfra.ComponentPackage;

/// <summary>Inputs of <see cref="ApplicationFleet"/>: the cluster (its provider named), the apps' intents and the cluster's kubeconfig.</summary>
public sealed class ApplicationFleetArgs : FleetArgs
{
    /// <summary>A kubeconfig of the cluster, like the <c>kubeconfig</c> output of EksCluster or GkeCluster.</summary>
    [Input("kubeconfig", required: true)]
    public Input<string> Kubeconfig { get; set; } = null!;
}
