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

    /// <summary>
    /// The release; with <paramref name="podIdentity"/> (queue triggers), its values (<see cref="KedaChartValues"/>) and,
    /// after the release whose chart brings its CRD, the ClusterTriggerAuthentication the triggers name. Without, the
    /// chart's defaults: no values sent.
    /// </summary>
    public static Release Install(
        string name, HelmChart chart, Resource parent, Pulumi.Kubernetes.Provider provider, InputList<Resource>? dependsOn = null,
        (KedaPodIdentityPlan Plan, Output<ImmutableDictionary<string, object>> Values)? podIdentity = null)
    {
        var values = podIdentity is { Values: var identityValues } ? (InputMap<object>)identityValues : null;
        var release = new Release($"{name}-keda", ChartRelease.Args("keda", chart, Namespace, values, createNamespace: true), new CustomResourceOptions { Parent = parent, Provider = provider, DependsOn = dependsOn ?? [] });
        if (podIdentity is { Plan: var plan })
        {
            _ = ClusterTriggerAuthentication.Create(name, plan, release, parent, provider);
        }

        return release;
    }
}
