using FleetInfra.Core.Config;
using FleetInfra.Core.Intents;
using FleetInfra.Core.Planning;

namespace FleetInfra.Core.Autoscaling;

/// <summary>Gives an app its VerticalPodAutoscaler on one cluster: the update mode depends on the cluster's Kubernetes version.</summary>
internal static class VerticalPlanner
{
    public static AppPlan WithVertical(AppPlan app, ApplicationIntent intent, ClusterConfig cluster) =>
        intent.VerticalScaling.Mode == VerticalScalingMode.Off
            ? app
            : app with
            {
                Scaling = app.Scaling with
                {
                    Vertical = new VerticalPlan(intent.VerticalScaling, VerticalUpdateModes.For(intent.VerticalScaling.Mode, cluster.KubernetesVersion)),
                },
            };
}
