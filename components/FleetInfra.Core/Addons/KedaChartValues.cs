using System.Collections.Immutable;
using static FleetInfra.Core.Addons.AddonChartValues;

namespace FleetInfra.Core.Addons;

/// <summary>
/// The KEDA chart's values for its pod identity (kedacore/charts tag v2.20.2, <c>keda/values.yaml</c>
/// <c>podIdentity.aws.irsa.*</c> and <c>podIdentity.gcp.*</c>, which <c>keda/templates/manager/serviceaccount.yaml</c>
/// writes as annotations of the operator's service account). Without queue triggers the release keeps the chart's defaults.
/// </summary>
public static class KedaChartValues
{
    /// <summary>
    /// A pod annotation naming the identity, so that the operator's pods are recreated when it is set or changes: the
    /// credentials come with the pod (EKS's pod identity webhook modifies only new pods of an annotated service account:
    /// aws/amazon-eks-pod-identity-webhook README, "All new pods launched using this Service Account"), and the chart
    /// does not restart the operator when only its service account's annotations change (kedacore/charts v2.20.2
    /// <c>keda/templates/manager/deployment.yaml</c>: no checksum of the service account in the pod template, whose
    /// annotations come from <c>podAnnotations.keda</c>).
    /// </summary>
    public const string IdentityPodAnnotation = "fleetinfra.io/keda-pod-identity";

    /// <summary>EKS: IRSA for the operator with the role that may read the cluster's queues.</summary>
    public static ImmutableDictionary<string, object> Aws(string roleArn) => Values(
        ("podIdentity", Map(("aws", Map(("irsa", Map(("enabled", true), ("roleArn", roleArn))))))),
        roleArn);

    /// <summary>GKE: Workload Identity for the operator, as the Google service account that may read the subscriptions' metrics.</summary>
    public static ImmutableDictionary<string, object> Gcp(string serviceAccountEmail) => Values(
        ("podIdentity", Map(("gcp", Map(("enabled", true), ("gcpIAMServiceAccount", serviceAccountEmail))))),
        serviceAccountEmail);

    private static ImmutableDictionary<string, object> Values((string Key, object Value) podIdentity, string identity) => Map(
        podIdentity,
        ("podAnnotations", Map(("keda", Map((IdentityPodAnnotation, identity))))));
}
