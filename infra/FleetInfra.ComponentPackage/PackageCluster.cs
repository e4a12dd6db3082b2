using FleetInfra.Components.Clusters;
using Pulumi;

namespace FleetInfra.ComponentPackage;

/// <summary>
/// The outputs <see cref="EksCluster"/> and <see cref="GkeCluster"/> share: the cloud-neutral contract of
/// <see cref="IKubernetesCluster"/> (less its Kubernetes provider, which the package cannot return).
/// </summary>
public abstract class PackageCluster : ComponentResource
{
    private protected PackageCluster(string component, string name, ComponentResourceOptions? options)
        : base(FleetPackage.TypeToken(component), name, options)
    {
    }

    /// <summary>The cluster's name in the cloud.</summary>
    [Output("clusterName")]
    public Output<string> ClusterName { get; private set; } = null!;

    /// <summary>The Kubernetes API endpoint (https URL).</summary>
    [Output("endpoint")]
    public Output<string> Endpoint { get; private set; } = null!;

    /// <summary>
    /// A kubeconfig (JSON, secret) that authenticates through an exec plugin (<c>aws eks get-token</c> or
    /// <c>gke-gcloud-auth-plugin</c>); give it to ApplicationFleet.
    /// </summary>
    [Output("kubeconfig")]
    public Output<string> Kubeconfig { get; private set; } = null!;

    /// <summary>The OIDC issuer URL, for workload identity federation (IRSA, Workload Identity).</summary>
    [Output("oidcIssuer")]
    public Output<string> OidcIssuer { get; private set; } = null!;

    /// <summary>Sets the shared outputs from the built cluster and registers them with the component's own outputs.</summary>
    private protected void RegisterClusterOutputs(Output<IKubernetesCluster> cluster, Dictionary<string, object?> own)
    {
        ClusterName = cluster.Apply(c => c.ClusterName);
        Endpoint = cluster.Apply(c => c.Endpoint);
        Kubeconfig = Output.CreateSecret(cluster.Apply(c => c.Kubeconfig));
        OidcIssuer = cluster.Apply(c => c.OidcIssuer);
        RegisterOutputs(new Dictionary<string, object?>(own, StringComparer.Ordinal)
        {
            ["clusterName"] = ClusterName,
            ["endpoint"] = Endpoint,
            ["kubeconfig"] = Kubeconfig,
            ["oidcIssuer"] = OidcIssuer,
        });
    }
}
