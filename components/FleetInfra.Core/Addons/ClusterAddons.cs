using System.Collections.Immutable;
using FleetInfra.Core.Diagnostics;

namespace FleetInfra.Core.Addons;

/// <summary>
/// What a cluster needs installed so that the objects rendered for it take effect, decided by <see cref="AddonPlanner"/>
/// from its apps: an HPA needs metrics, a NetworkPolicy needs enforcement, a node group that can grow needs an autoscaler,
/// a public host needs DNS and a certificate. Null or empty members are not needed (or turned off, or built in).
/// </summary>
public sealed record ClusterAddons
{
    public static readonly ClusterAddons None = new();

    /// <summary>EKS: metrics-server (GKE serves resource metrics itself).</summary>
    public HelmChart? MetricsServer { get; init; }

    /// <summary>EKS: the VPC CNI add-on with its network policy agent (GKE Dataplane V2 enforces policies itself).</summary>
    public bool NetworkPolicyEnforcement { get; init; }

    /// <summary>EKS: Cluster Autoscaler (GKE node pools autoscale themselves).</summary>
    public ClusterAutoscalerPlan? NodeAutoscaler { get; init; }

    /// <summary>EKS: ExternalDNS for the Route 53 zone.</summary>
    public ExternalDnsPlan? ExternalDns { get; init; }

    /// <summary>EKS: the ACM certificate the ALB discovers for the Ingress hosts.</summary>
    public AcmCertificatePlan? Certificate { get; init; }

    /// <summary>KEDA, on either provider, when an app has working hours (its ScaledObject scales it to zero at night).</summary>
    public HelmChart? Keda { get; init; }

    /// <summary>KEDA's pod identity for queue triggers (a ClusterTriggerAuthentication and the operator's cloud identity), when an app has one.</summary>
    public KedaPodIdentityPlan? KedaPodIdentity { get; init; }

    /// <summary>A VerticalPodAutoscaler, on either provider, when an app has <c>vertical_scaling</c>.</summary>
    public VerticalPodAutoscalerPlan? VerticalPodAutoscaler { get; init; }

    /// <summary>GKE: one reserved global address per public app, sorted by app.</summary>
    public ImmutableArray<StaticIpPlan> StaticIps { get; init; } = [];

    /// <summary>GKE: the A records of the cluster's hosts in the Cloud DNS zone.</summary>
    public CloudDnsRecordsPlan? CloudDnsRecords { get; init; }

    /// <summary>
    /// Warnings that <c>fleet validate</c> prints and the Pulumi program logs, but that do not stop any command: a cluster
    /// with public hosts and no DNS zone works as before, its hosts just do not resolve.
    /// </summary>
    public ImmutableArray<Diagnostic> Advice { get; init; } = [];

    /// <summary>Every decision, in a fixed order, for <c>fleet plan</c>.</summary>
    public ImmutableArray<AddonDecision> Decisions { get; init; } = [];
}
