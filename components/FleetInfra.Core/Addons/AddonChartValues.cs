using System.Collections.Immutable;

namespace FleetInfra.Core.Addons;

/// <summary>
/// The Helm values of each add-on chart: decided here, offline and tested, so the Pulumi layer only fills in what exists
/// once the cloud resources do (the cluster's physical name, the IRSA role ARN, a zone id looked up by name).
/// </summary>
public static class AddonChartValues
{
    /// <summary>The service account annotation IRSA reads.</summary>
    public const string RoleArnAnnotation = "eks.amazonaws.com/role-arn";

    public const string ClusterAutoscalerServiceAccount = "cluster-autoscaler";

    public const string ExternalDnsServiceAccount = "external-dns";

    /// <summary>metrics-server: the chart's defaults (non-root, read-only root file system, its own requests).</summary>
    public static ImmutableDictionary<string, object> MetricsServer() => ImmutableDictionary<string, object>.Empty;

    /// <summary>
    /// Cluster Autoscaler with auto-discovery of the cluster's tagged groups. The region is explicit because nodes keep
    /// pods away from the instance metadata service; similar groups are balanced, and the cheapest fit (least waste) wins.
    /// </summary>
    public static ImmutableDictionary<string, object> ClusterAutoscaler(ClusterAutoscalerPlan plan, string region, string physicalClusterName, string roleArn) => Map(
        ("cloudProvider", "aws"),
        ("awsRegion", region),
        ("autoDiscovery", Map(("clusterName", physicalClusterName))),
        ("image", Map(("tag", plan.ImageTag))),
        ("rbac", Map(("serviceAccount", Map(("name", ClusterAutoscalerServiceAccount), ("annotations", Map((RoleArnAnnotation, roleArn))))))),
        ("extraArgs", Map(("balance-similar-node-groups", true), ("expander", "least-waste"), ("skip-nodes-with-system-pods", false))),
        ("resources", Requests("100m", "300Mi")),
        ("securityContext", Map(("runAsNonRoot", true), ("runAsUser", 65534), ("seccompProfile", Map(("type", "RuntimeDefault"))))),
        ("containerSecurityContext", Map(("allowPrivilegeEscalation", false), ("readOnlyRootFilesystem", true), ("capabilities", Map(("drop", ImmutableArray.Create<object>("ALL")))))));

    /// <summary>
    /// ExternalDNS for the Ingresses of one Route 53 zone: <c>sync</c> removes the records of deleted apps, and the TXT
    /// registry's owner id keeps it to records this cluster created.
    /// </summary>
    public static ImmutableDictionary<string, object> ExternalDns(ExternalDnsPlan plan, string region, string zoneId, string roleArn) => Map(
        ("provider", Map(("name", "aws"))),
        ("sources", ImmutableArray.Create<object>("ingress")),
        ("domainFilters", ImmutableArray.Create<object>(plan.Zone.ZoneName)),
        ("policy", "sync"),
        ("registry", "txt"),
        ("txtOwnerId", plan.TxtOwnerId),
        ("extraArgs", ImmutableArray.Create<object>($"--zone-id-filter={zoneId}", "--aws-zone-type=public")),
        ("env", ImmutableArray.Create<object>(Map(("name", "AWS_DEFAULT_REGION"), ("value", region)))),
        ("serviceAccount", Map(("name", ExternalDnsServiceAccount), ("annotations", Map((RoleArnAnnotation, roleArn))))),
        ("resources", Requests("50m", "64Mi")));

    private static ImmutableDictionary<string, object> Requests(string cpu, string memory) => Map(
        ("requests", Map(("cpu", cpu), ("memory", memory))),
        ("limits", Map(("memory", memory))));

    /// <summary>A values map with ordinal keys, as every add-on's values are written (KedaChartValues too).</summary>
    internal static ImmutableDictionary<string, object> Map(params (string Key, object Value)[] entries) =>
        entries.ToImmutableDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
}
