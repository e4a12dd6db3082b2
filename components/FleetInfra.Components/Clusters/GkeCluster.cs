using Pulumi;

namespace FleetInfra.Components.Clusters;

/// <summary>Shell: the public contract of the Gke cluster component; the implementation follows.</summary>
public sealed class GkeCluster : ComponentResource, IKubernetesCluster
{
    /// <summary>The Pulumi type token of this component.</summary>
    public const string TypeToken = "fleet:index:GkeCluster";

    /// <summary>Creates the cluster and everything it needs; see <see cref="GkeClusterArgs"/>.</summary>
    public GkeCluster(string name, GkeClusterArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        throw new NotImplementedException("GkeCluster is being implemented (issue 3, part A).");
    }

    /// <inheritdoc />
    public Output<string> ClusterName { get; } = null!;

    /// <inheritdoc />
    public Output<string> Endpoint { get; } = null!;

    /// <inheritdoc />
    public Output<string> Kubeconfig { get; } = null!;

    /// <inheritdoc />
    public Output<string> OidcIssuer { get; } = null!;

    /// <inheritdoc />
    public Pulumi.Kubernetes.Provider Provider { get; } = null!;
}
