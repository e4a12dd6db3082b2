using System.Collections.Immutable;
using FleetInfra.Core.Addons;
using Pulumi;
using Pulumi.Kubernetes.Helm.V3;

namespace FleetInfra.Components.Clusters;

/// <summary>The VerticalPodAutoscaler on EKS by its pinned chart, when the core planned it (an app has <c>vertical_scaling</c>).</summary>
internal static class VerticalPodAutoscalerRelease
{
    public const string Namespace = "vertical-pod-autoscaler";

    /// <summary>
    /// The recommender always; the updater and admission controller only when an app uses <c>auto</c>
    /// (<c>updater.enabled</c>, <c>admissionController.enabled</c> of the chart's values.yaml at
    /// kubernetes/autoscaler tag <c>vertical-pod-autoscaler-chart-0.11.0</c>).
    /// </summary>
    public static ImmutableDictionary<string, object> Values(VerticalPodAutoscalerPlan plan) => new Dictionary<string, object>
    {
        ["recommender"] = new Dictionary<string, object> { ["enabled"] = true },
        ["updater"] = new Dictionary<string, object> { ["enabled"] = plan.AppliesRecommendations },
        ["admissionController"] = new Dictionary<string, object> { ["enabled"] = plan.AppliesRecommendations },
    }.ToImmutableDictionary();

    public static Release Install(string name, VerticalPodAutoscalerPlan plan, HelmChart chart, Resource parent, Pulumi.Kubernetes.Provider provider) =>
        new($"{name}-vpa", ChartRelease.Args("vertical-pod-autoscaler", chart, Namespace, Values(plan).ToDictionary(v => v.Key, v => (object)v.Value), createNamespace: true),
            new CustomResourceOptions { Parent = parent, Provider = provider });
}
