using System.Collections.Immutable;
using FleetInfra.Core.Planning;
using k8s;

namespace FleetInfra.Core.Rendering;

/// <summary>Expands a cluster's plan into its Kubernetes objects: one file per app, in apply order, then the cluster's headroom.</summary>
public static class ClusterManifests
{
    public static ImmutableArray<ManifestFile> Render(ClusterPlan cluster)
    {
        var ingress = IIngressManifests.For(cluster.Ingress);
        var files = ImmutableArray.CreateBuilder<ManifestFile>(cluster.Apps.Length + 1);
        foreach (var app in cluster.Apps)
        {
            files.Add(new ManifestFile(FileName(app), ForApp(cluster, app, ingress)));
        }

        // The cluster's own objects after the apps': the headroom's pods size themselves like an app's.
        if (HeadroomManifests.Render(cluster) is { } headroom)
        {
            files.Add(headroom);
        }

        return files.ToImmutable();
    }

    public static string FileName(AppPlan app) => $"{app.Name}.yaml";

    public static ImmutableArray<IKubernetesObject> ForApp(ClusterPlan cluster, AppPlan app, IIngressManifests ingress)
    {
        var objects = ImmutableArray.CreateBuilder<IKubernetesObject>(12);
        objects.Add(NamespaceManifests.ToNamespace(cluster, app));
        if (QuotaManifests.ToLimitRange(cluster, app) is { } limits)
        {
            objects.Add(limits);
        }

        if (QuotaManifests.ToQuota(cluster, app) is { } quota)
        {
            objects.Add(quota);
        }

        objects.AddRange(RbacManifests.ToObjects(cluster, app));
        objects.Add(NamespaceManifests.ToDefaultDeny(cluster, app));
        objects.Add(NetworkPolicyManifests.ToNetworkPolicy(cluster, app));
        objects.Add(WorkloadManifests.ToServiceAccount(cluster, app));
        objects.Add(WorkloadManifests.ToDeployment(cluster, app));
        if (app.HasPorts)
        {
            objects.Add(ServiceManifests.ToService(cluster, app, ingress.ServiceAnnotations(cluster, app)));
        }

        if (app.Scaling.ScaledByKeda)
        {
            objects.Add(ScheduleManifests.ToScaledObject(cluster, app));
        }
        else if (app.Scaling.RendersHpa)
        {
            objects.Add(ScalingManifests.ToAutoscaler(cluster, app));
        }

        if (app.Scaling.Vertical is not null)
        {
            objects.Add(VerticalScalingManifests.ToVerticalPodAutoscaler(cluster, app));
        }

        if (app.Scaling.NeedsDisruptionBudget)
        {
            objects.Add(ScalingManifests.ToDisruptionBudget(cluster, app));
        }

        if (app.IsPublic)
        {
            objects.AddRange(ingress.ToObjects(cluster, app));
        }

        return objects.ToImmutable();
    }
}
