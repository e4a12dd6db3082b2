using System.Collections.Immutable;
using FleetInfra.Core.Config;

namespace FleetInfra.Core.Addons;

/// <summary>
/// The pod identity KEDA's operator reads queues with, planned because an app of the cluster has a queue trigger: a
/// <c>ClusterTriggerAuthentication</c> named <see cref="AuthenticationName"/> with <c>podIdentity: { provider: aws | gcp }</c>,
/// which the apps' triggers name, and the cloud identity of the operator's service account, allowed to read exactly
/// those queues. The authentication is part of the KEDA add-on (created beside its Helm release, not rendered with the
/// apps): the offline render validates every kind against its upstream CRD, and the trigger authentication CRDs come
/// with KEDA's chart.
/// </summary>
/// <param name="Provider">KEDA's pod identity provider: <c>aws</c> on EKS (IRSA), <c>gcp</c> on GKE (Workload Identity).</param>
/// <param name="SqsQueueArns">EKS: the ARNs of the queues the role may read (<c>sqs:GetQueueAttributes</c> only), sorted.</param>
/// <param name="MonitoringProjects">GKE: the projects whose Cloud Monitoring the service account may read (the subscriptions' projects), sorted.</param>
/// <param name="Apps">The apps with queue triggers, sorted, for <c>fleet plan</c>.</param>
public sealed record KedaPodIdentityPlan(string Provider, ImmutableArray<string> SqsQueueArns, ImmutableArray<string> MonitoringProjects, ImmutableArray<string> Apps)
{
    /// <summary>
    /// KEDA's operator: the chart's <c>serviceAccount.operator.name</c> in its release namespace (kedacore/charts tag
    /// v2.20.2, <c>keda/values.yaml</c>, <c>keda/templates/manager/serviceaccount.yaml</c>). The scalers run in the
    /// operator, which reads the queues; the metrics server asks the operator over gRPC (kedacore/keda v2.20.2,
    /// <c>pkg/metricsservice/client.go</c>), so only the operator needs the cloud identity.
    /// </summary>
    public const string OperatorNamespace = "keda";

    /// <inheritdoc cref="OperatorNamespace"/>
    public const string OperatorServiceAccount = "keda-operator";

    /// <summary>The ClusterTriggerAuthentication's kind, as the ScaledObject's <c>authenticationRef.kind</c> names it.</summary>
    public const string AuthenticationKind = "ClusterTriggerAuthentication";

    /// <summary>The ClusterTriggerAuthentication the queue triggers of a cluster of <paramref name="provider"/> name.</summary>
    public static string AuthenticationName(CloudProvider provider) =>
        provider == CloudProvider.Eks ? "fleetinfra-aws-pod-identity" : "fleetinfra-gcp-pod-identity";

    /// <summary>The ClusterTriggerAuthentication of this plan.</summary>
    public string Authentication => Provider == "aws" ? AuthenticationName(CloudProvider.Eks) : AuthenticationName(CloudProvider.Gke);
}
