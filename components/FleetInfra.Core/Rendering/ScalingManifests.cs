using FleetInfra.Core.Autoscaling;
using FleetInfra.Core.Planning;
using k8s.Models;

namespace FleetInfra.Core.Rendering;

/// <summary>HorizontalPodAutoscaler when min &lt; max, PodDisruptionBudget when more than one replica.</summary>
public static class ScalingManifests
{
    /// <summary>The HPA's name: the app's, whether FleetInfra renders it or KEDA's ScaledObject owns it.</summary>
    public static string AutoscalerName(AppPlan app) => app.Name;

    public static V2HorizontalPodAutoscaler ToAutoscaler(ClusterPlan cluster, AppPlan app) => new()
    {
        ApiVersion = "autoscaling/v2",
        Kind = "HorizontalPodAutoscaler",
        Metadata = new V1ObjectMeta { Name = AutoscalerName(app), NamespaceProperty = app.Namespace, Labels = ManifestLabels.For(cluster, app) },
        Spec = new V2HorizontalPodAutoscalerSpec
        {
            ScaleTargetRef = new V2CrossVersionObjectReference { ApiVersion = "apps/v1", Kind = "Deployment", Name = app.Name },
            MinReplicas = app.Scaling.MinReplicas,
            MaxReplicas = app.Scaling.MaxReplicas,
            Metrics = ResourceMetrics(app.Scaling.Horizontal),
        },
    };

    /// <summary>The HPA v2 resource metrics of <c>autoscaling.cpu</c> and <c>autoscaling.memory</c>, CPU first.</summary>
    private static List<V2MetricSpec> ResourceMetrics(HorizontalScaling horizontal)
    {
        var metrics = new List<V2MetricSpec>(2);
        if (horizontal.CpuPercent is { } cpu)
        {
            metrics.Add(Utilization("cpu", cpu));
        }

        if (horizontal.MemoryPercent is { } memory)
        {
            metrics.Add(Utilization("memory", memory));
        }

        return metrics;
    }

    private static V2MetricSpec Utilization(string resource, int percent) => new()
    {
        Type = "Resource",
        Resource = new V2ResourceMetricSource
        {
            Name = resource,
            Target = new V2MetricTarget { Type = "Utilization", AverageUtilization = percent },
        },
    };

    public static V1PodDisruptionBudget ToDisruptionBudget(ClusterPlan cluster, AppPlan app) => new()
    {
        ApiVersion = "policy/v1",
        Kind = "PodDisruptionBudget",
        Metadata = new V1ObjectMeta { Name = app.Name, NamespaceProperty = app.Namespace, Labels = ManifestLabels.For(cluster, app) },
        Spec = new V1PodDisruptionBudgetSpec
        {
            MaxUnavailable = 1,
            Selector = new V1LabelSelector { MatchLabels = ManifestLabels.Selector(app) },
        },
    };
}
