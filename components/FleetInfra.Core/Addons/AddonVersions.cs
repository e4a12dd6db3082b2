using System.Collections.Immutable;

namespace FleetInfra.Core.Addons;

/// <summary>
/// Every add-on version FleetInfra installs, pinned in this one place. Each comment names the upstream file the version
/// was read from; bump a version only after reading the same file at the new tag.
/// </summary>
public static class AddonVersions
{
    /// <summary>
    /// metrics-server for HPA CPU metrics on EKS. Source: kubernetes-sigs/metrics-server, tag
    /// <c>metrics-server-helm-chart-3.13.1</c>, <c>charts/metrics-server/Chart.yaml</c> (version 3.13.1, appVersion 0.8.1).
    /// </summary>
    public static readonly HelmChart MetricsServer = new("https://kubernetes-sigs.github.io/metrics-server/", "metrics-server", "3.13.1", "0.8.1");

    /// <summary>
    /// Cluster Autoscaler for EKS managed node groups. Source: kubernetes/autoscaler, tag
    /// <c>cluster-autoscaler-chart-9.59.0</c>, <c>cluster-autoscaler/charts/cluster-autoscaler/Chart.yaml</c> (version 9.59.0,
    /// appVersion 1.35.0). The image must match the cluster's Kubernetes minor version: <see cref="ClusterAutoscalerImageTags"/>.
    /// </summary>
    public static readonly HelmChart ClusterAutoscaler = new("https://kubernetes.github.io/autoscaler", "cluster-autoscaler", "9.59.0", "1.35.0");

    /// <summary>
    /// The newest Cluster Autoscaler patch release per Kubernetes minor version. Source: the
    /// <c>cluster-autoscaler-1.MINOR.PATCH</c> release tags of kubernetes/autoscaler (image <c>registry.k8s.io/autoscaling/cluster-autoscaler:vX.Y.Z</c>).
    /// </summary>
    public static readonly ImmutableSortedDictionary<string, string> ClusterAutoscalerImageTags = new Dictionary<string, string>
    {
        ["1.30"] = "v1.30.7",
        ["1.31"] = "v1.31.5",
        ["1.32"] = "v1.32.7",
        ["1.33"] = "v1.33.6",
        ["1.34"] = "v1.34.5",
        ["1.35"] = "v1.35.2",
    }.ToImmutableSortedDictionary(StringComparer.Ordinal);

    /// <summary>
    /// ExternalDNS for Route 53 on EKS. Source: kubernetes-sigs/external-dns, tag <c>external-dns-helm-chart-1.21.1</c>,
    /// <c>charts/external-dns/Chart.yaml</c> (version 1.21.1, appVersion 0.21.0).
    /// </summary>
    public static readonly HelmChart ExternalDns = new("https://kubernetes-sigs.github.io/external-dns/", "external-dns", "1.21.1", "0.21.0");

    /// <summary>
    /// The AWS Load Balancer Controller for the Ingresses on EKS. Source: aws/eks-charts, commit <c>dbc141c</c>
    /// ("aws-load-balancer-controller: v2.15.0 (#1266)"), <c>stable/aws-load-balancer-controller/Chart.yaml</c> (version 1.15.0,
    /// appVersion v2.15.0). The behaviour FleetInfra relies on (certificate discovery, readiness gates) is read at
    /// kubernetes-sigs/aws-load-balancer-controller tag <c>v2.15.0</c>.
    /// </summary>
    public static readonly HelmChart LoadBalancerController = new("https://aws.github.io/eks-charts", "aws-load-balancer-controller", "1.15.0", "v2.15.0");

    /// <summary>
    /// KEDA for working-hours schedules (ScaledObject with the cron scaler). Source: kedacore/charts, tag <c>v2.20.2</c>,
    /// <c>keda/Chart.yaml</c> (version 2.20.2, appVersion 2.20.2); the ScaledObject CRD of kedacore/keda tag <c>v2.20.2</c>
    /// is the test fixture the rendered objects are checked against.
    /// </summary>
    public static readonly HelmChart Keda = new("https://kedacore.github.io/charts", "keda", "2.20.2", "2.20.2");

    /// <summary>
    /// The VerticalPodAutoscaler on EKS, for apps with <c>vertical_scaling</c>. Source: kubernetes/autoscaler, tag
    /// <c>vertical-pod-autoscaler-chart-0.11.0</c>, <c>vertical-pod-autoscaler/charts/vertical-pod-autoscaler/Chart.yaml</c>
    /// (version 0.11.0, appVersion 1.7.1); repository from the chart's README. Its CRD (tag
    /// <c>vertical-pod-autoscaler-1.7.1</c>) is the test fixture the rendered VerticalPodAutoscalers are checked against.
    /// </summary>
    public static readonly HelmChart VerticalPodAutoscaler = new("https://kubernetes.github.io/autoscaler", "vertical-pod-autoscaler", "0.11.0", "1.7.1");
}
