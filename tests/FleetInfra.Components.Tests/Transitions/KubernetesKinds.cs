namespace FleetInfra.Components.Tests.Transitions;

/// <summary>The Pulumi type tokens the transition checks read.</summary>
internal static class KubernetesKinds
{
    public const string Deployment = "kubernetes:apps/v1:Deployment";
    public const string HorizontalPodAutoscaler = "kubernetes:autoscaling/v2:HorizontalPodAutoscaler";
    public const string ScaledObject = "kubernetes:keda.sh/v1alpha1:ScaledObject";
    public const string VerticalPodAutoscaler = "kubernetes:autoscaling.k8s.io/v1:VerticalPodAutoscaler";
    public const string PriorityClass = "kubernetes:scheduling.k8s.io/v1:PriorityClass";
    public const string Namespace = "kubernetes:core/v1:Namespace";
    public const string Ingress = "kubernetes:networking.k8s.io/v1:Ingress";
    public const string HelmRelease = "kubernetes:helm.sh/v3:Release";
    public const string ClusterTriggerAuthentication = "kubernetes:keda.sh/v1alpha1:ClusterTriggerAuthentication";
    public const string IamRole = "aws:iam/role:Role";
    public const string IamPolicy = "aws:iam/policy:Policy";
    public const string Certificate = "aws:acm/certificate:Certificate";
    public const string CertificateValidation = "aws:acm/certificateValidation:CertificateValidation";
    public const string Route53Record = "aws:route53/record:Record";
    public const string CloudDnsRecordSet = "gcp:dns/recordSet:RecordSet";
    public const string GlobalAddress = "gcp:compute/globalAddress:GlobalAddress";
    public const string Firewall = "gcp:compute/firewall:Firewall";

    /// <summary>KEDA's annotation that lets a ScaledObject take over an existing HPA (scaledobject_webhook.go at v2.20.2).</summary>
    public const string TransferHpaOwnership = "scaledobject.keda.sh/transfer-hpa-ownership";
}
