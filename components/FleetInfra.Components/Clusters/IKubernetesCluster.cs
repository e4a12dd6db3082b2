using Pulumi;

namespace FleetInfra.Components.Clusters;

/// <summary>
/// The cloud-neutral contract every cluster component exposes, so the application fleet and other
/// consumers never depend on EKS or GKE specifics.
/// </summary>
public interface IKubernetesCluster
{
    /// <summary>The cluster's name as the cloud knows it (auto-named, so it differs from the Pulumi name).</summary>
    Output<string> ClusterName { get; }

    /// <summary>The Kubernetes API server endpoint (https URL).</summary>
    Output<string> Endpoint { get; }

    /// <summary>
    /// A kubeconfig (JSON) for the cluster. Always a Pulumi secret. It holds no static credentials: it
    /// authenticates through an exec plugin (<c>aws eks get-token</c> or <c>gke-gcloud-auth-plugin</c>).
    /// </summary>
    Output<string> Kubeconfig { get; }

    /// <summary>The cluster's OIDC issuer URL, for workload identity federation (IRSA on EKS, Workload Identity on GKE).</summary>
    Output<string> OidcIssuer { get; }

    /// <summary>A Kubernetes provider bound to this cluster; pass it explicitly to every Kubernetes resource.</summary>
    Pulumi.Kubernetes.Provider Provider { get; }
}
