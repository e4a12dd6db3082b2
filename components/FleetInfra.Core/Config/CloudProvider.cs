namespace FleetInfra.Core.Config;

public enum CloudProvider
{
    /// <summary>Amazon EKS; public apps use the AWS Load Balancer Controller (ALB).</summary>
    Eks,

    /// <summary>Google GKE; public apps use the GCE Ingress controller.</summary>
    Gke,
}
