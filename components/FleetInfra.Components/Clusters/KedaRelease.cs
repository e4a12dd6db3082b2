using System.Collections.Immutable;
using FleetInfra.Core.Addons;
using Pulumi;
using Pulumi.Kubernetes.Helm.V3;

namespace FleetInfra.Components.Clusters;

/// <summary>KEDA by its pinned Helm chart, on either provider, when the core planned it (an app has working hours or a KEDA trigger).</summary>
internal static class KedaRelease
{
    /// <summary>KEDA's own namespace, as its chart documents.</summary>
    public const string Namespace = KedaPodIdentityPlan.OperatorNamespace;

    /// <summary>KEDA's metrics server (the <c>v1beta1.external.metrics.k8s.io</c> APIService) listens here: <c>metricsServer.portHttpsTarget</c> of the chart's values.yaml at v2.20.2.</summary>
    public const int MetricsServerPort = 6443;

    /// <summary>KEDA's admission webhooks listen here: <c>webhooks.port</c> of the chart's values.yaml at v2.20.2 ("Default is 9443").</summary>
    public const int AdmissionWebhookPort = 9443;

    /// <summary>The ports the control plane must reach on the nodes for KEDA to work.</summary>
    public static readonly ImmutableArray<int> ControlPlanePorts = [MetricsServerPort, AdmissionWebhookPort];

    /// <summary>The release; <paramref name="values"/> (<see cref="KedaChartValues"/>) null keeps the chart's defaults and sends none.</summary>
    public static Release Install(
        string name, HelmChart chart, Resource parent, Pulumi.Kubernetes.Provider provider, InputList<Resource>? dependsOn = null,
        Output<ImmutableDictionary<string, object>>? values = null) =>
        new($"{name}-keda", ChartRelease.Args("keda", chart, Namespace, values is null ? null : (InputMap<object>)values, createNamespace: true), new CustomResourceOptions { Parent = parent, Provider = provider, DependsOn = dependsOn ?? [] });
}
