using FleetInfra.Core.Planning;
using FleetInfra.Core.Rendering.CustomResources;
using k8s.Models;

namespace FleetInfra.Core.Rendering;

/// <summary>An app's VerticalPodAutoscaler: recommendations for its container's CPU and memory, applied in <c>auto</c>.</summary>
public static class VerticalScalingManifests
{
    public static VerticalPodAutoscaler ToVerticalPodAutoscaler(ClusterPlan cluster, AppPlan app)
    {
        var vertical = app.Scaling.Vertical ?? throw new ArgumentException($"app '{app.Name}' has no vertical scaling", nameof(app));
        var setting = vertical.Setting;
        return new VerticalPodAutoscaler
        {
            ApiVersion = VerticalPodAutoscaler.GroupVersion,
            Kind = VerticalPodAutoscaler.KindName,
            Metadata = new V1ObjectMeta { Name = app.Name, NamespaceProperty = app.Namespace, Labels = ManifestLabels.For(cluster, app) },
            Spec = new VerticalPodAutoscalerSpec
            {
                TargetRef = new ScaleTargetRef { ApiVersion = "apps/v1", Kind = "Deployment", Name = app.Name },
                UpdatePolicy = new VerticalUpdatePolicy { UpdateMode = vertical.UpdateMode },
                ResourcePolicy = new VerticalResourcePolicy
                {
                    ContainerPolicies =
                    [
                        new VerticalContainerPolicy
                        {
                            ContainerName = WorkloadManifests.ContainerName,
                            ControlledResources = ["cpu", "memory"],
                            ControlledValues = "RequestsAndLimits",
                            MinAllowed = Resources(setting.MinCpu.ToString(), setting.MinMemory.ToString()),
                            MaxAllowed = Resources(setting.MaxCpu.ToString(), setting.MaxMemory.ToString()),
                        },
                    ],
                },
            },
        };
    }

    /// <summary>The bounds in canonical quantity form (<c>2</c>, <c>4Gi</c>), as the API server stores them.</summary>
    private static SortedDictionary<string, string> Resources(string cpu, string memory) =>
        new(StringComparer.Ordinal) { ["cpu"] = ResourceQuantities.Of(cpu).ToString(), ["memory"] = ResourceQuantities.Of(memory).ToString() };
}
