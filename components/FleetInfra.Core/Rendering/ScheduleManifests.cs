using System.Globalization;
using FleetInfra.Core.Autoscaling;
using FleetInfra.Core.Planning;
using FleetInfra.Core.Rendering.CustomResources;
using k8s.Models;

namespace FleetInfra.Core.Rendering;

/// <summary>
/// The KEDA ScaledObject of a scheduled app, or of an app scaling on Prometheus queries or a queue, in place of its HPA (KEDA makes
/// one HPA per ScaledObject, so one ScaledObject carries every trigger). One <c>cron</c> trigger per working-hours window
/// asks for the minimum replicas inside it; outside every window no cron trigger is active and KEDA scales the Deployment
/// to zero. An autoscaled app also gets <c>cpu</c> and <c>memory</c> triggers at its targets and one <c>prometheus</c>
/// trigger per query and its queue trigger (<see cref="QueueTriggers"/>), so it still grows to its maximum; a Prometheus
/// query above 0 or a waiting message outside working hours wakes the app.
/// </summary>
/// <remarks>
/// KEDA rather than CronJobs running <c>kubectl scale</c>: the cron scaler is declarative (the current time decides the
/// replica count, so a missed or failed job cannot leave an app stopped or running), it needs no pod with write access
/// to Deployments nor a kubectl image to pin and patch, and it is the one owner of the replica count where an HPA and
/// a CronJob would fight (an HPA never scales up from zero).
/// </remarks>
public static class ScheduleManifests
{
    /// <value>300 seconds (KEDA's default): how long after the last active trigger the app scales to zero.</value>
    public const int CooldownSeconds = 300;

    /// <summary>
    /// Lets the ScaledObject take over the HPA FleetInfra renders for the app without a schedule. KEDA's admission webhook
    /// denies a ScaledObject while an HPA it does not own targets the same Deployment, unless this annotation is "true"
    /// and <c>advanced.horizontalPodAutoscalerConfig.name</c> names that HPA (kedacore/keda v2.20.2,
    /// <c>apis/keda/v1alpha1/scaledobject_webhook.go</c> <c>verifyHpas</c>, constant in <c>scaledobject_types.go</c>);
    /// the controller then updates the HPA of that name in place and owns it (<c>controllers/keda/hpa.go</c>
    /// <c>getHPAName</c>, <c>updateHPAIfNeeded</c>). Pulumi creates before it deletes, so without this turning a
    /// schedule on is denied.
    /// </summary>
    public const string TransferHpaOwnershipAnnotation = "scaledobject.keda.sh/transfer-hpa-ownership";

    /// <summary>
    /// Pauses the ScaledObject at this many replicas: KEDA stops its scale loop, deletes its HPA and scales the target to
    /// the count; removing the annotation resumes it (kedacore/keda v2.20.2, <c>apis/keda/v1alpha1/scaledobject_types.go</c>
    /// <c>PausedReplicasAnnotation</c>, <c>NeedToBePausedByAnnotation</c>; <c>controllers/keda/scaledobject_controller.go</c>
    /// <c>reconcileScaledObject</c>, <c>handlePause</c>). A suspended review environment pauses at "0".
    /// </summary>
    public const string PausedReplicasAnnotation = "autoscaling.keda.sh/paused-replicas";

    public static ScaledObject ToScaledObject(ClusterPlan cluster, AppPlan app)
    {
        if (!app.Scaling.ScaledByKeda)
        {
            throw new ArgumentException($"app '{app.Name}' has neither a schedule nor a Prometheus or queue trigger", nameof(app));
        }

        var windows = app.Scaling.Schedule?.Windows ?? [];
        var triggers = new List<ScaledObjectTrigger>(windows.Length + 2);
        for (var i = 0; i < windows.Length; i++)
        {
            var window = windows[i];
            triggers.Add(new ScaledObjectTrigger
            {
                Type = "cron",
                Name = windows.Length == 1 ? "working-hours" : $"working-hours-{i + 1}",
                Metadata = new Dictionary<string, string>
                {
                    ["timezone"] = app.Scaling.Schedule!.TimeZone,
                    ["start"] = window.StartCron,
                    ["end"] = window.EndCron,
                    ["desiredReplicas"] = app.Scaling.MinReplicas.ToString(CultureInfo.InvariantCulture),
                },
            });
        }

        if (app.Scaling.Autoscaled)
        {
            triggers.AddRange(ResourceAndQueryTriggers(app.Scaling.Horizontal));
            if (app.Scaling.Horizontal.Queue is { } queue)
            {
                triggers.Add(QueueTriggers.For(cluster, queue));
            }
        }

        return new ScaledObject
        {
            ApiVersion = ScaledObject.GroupVersion,
            Kind = ScaledObject.KindName,
            Metadata = new V1ObjectMeta
            {
                Name = app.Name,
                NamespaceProperty = app.Namespace,
                Labels = ManifestLabels.For(cluster, app),
                Annotations = Annotations(app.Scaling),
            },
            Spec = new ScaledObjectSpec
            {
                ScaleTargetRef = new ScaleTargetRef { ApiVersion = "apps/v1", Kind = "Deployment", Name = app.Name },
                // Scheduled apps reach zero outside working hours; the others keep their minimum.
                MinReplicaCount = app.Scaling.Scheduled ? 0 : app.Scaling.MinReplicas,
                MaxReplicaCount = app.Scaling.MaxReplicas,
                CooldownPeriod = CooldownSeconds,

                // KEDA's HPA gets the name of FleetInfra's own HPA, so the ownership transfer above finds it. On deletion
                // (a schedule turned off), KEDA's finalizer scales the Deployment back to the replicas it had before KEDA
                // took over instead of leaving it at zero after hours (controllers/keda/scaledobject_finalizer.go, v2.20.2).
                Advanced = new ScaledObjectAdvanced
                {
                    RestoreToOriginalReplicaCount = true,
                    HorizontalPodAutoscalerConfig = new HorizontalPodAutoscalerConfig { Name = ScalingManifests.AutoscalerName(app) },
                },
                Triggers = triggers,
            },
        };
    }

    private static SortedDictionary<string, string> Annotations(ScalingPlan scaling)
    {
        var annotations = new SortedDictionary<string, string>(StringComparer.Ordinal) { [TransferHpaOwnershipAnnotation] = "true" };
        if (scaling.Suspended)
        {
            annotations[PausedReplicasAnnotation] = "0";
        }

        return annotations;
    }

    /// <summary>
    /// KEDA's <c>cpu</c> and <c>memory</c> scalers (metricType Utilization, <c>value</c> a percent of the request) and one
    /// <c>prometheus</c> trigger per query, with the metadata its scaler reads: <c>serverAddress</c>, <c>query</c>,
    /// <c>threshold</c> (kedacore/keda v2.20.2, <c>pkg/scalers/prometheus_scaler.go</c>, <c>prometheusMetadata</c>).
    /// </summary>
    private static IEnumerable<ScaledObjectTrigger> ResourceAndQueryTriggers(HorizontalScaling horizontal)
    {
        if (horizontal.CpuPercent is { } cpu)
        {
            yield return Utilization("cpu", cpu);
        }

        if (horizontal.MemoryPercent is { } memory)
        {
            yield return Utilization("memory", memory);
        }

        for (var i = 0; i < horizontal.Prometheus.Length; i++)
        {
            var query = horizontal.Prometheus[i];
            yield return new ScaledObjectTrigger
            {
                Type = "prometheus",
                Name = horizontal.Prometheus.Length == 1 ? "prometheus" : $"prometheus-{i + 1}",
                Metadata = new SortedDictionary<string, string>(StringComparer.Ordinal)
                {
                    ["serverAddress"] = query.ServerAddress ?? PrometheusTrigger.DefaultServerAddress,
                    ["query"] = query.Query,
                    ["threshold"] = query.Threshold,
                },
            };
        }
    }

    private static ScaledObjectTrigger Utilization(string resource, int percent) => new()
    {
        Type = resource,
        Name = resource,
        MetricType = "Utilization",
        Metadata = new Dictionary<string, string> { ["value"] = percent.ToString(CultureInfo.InvariantCulture) },
    };
}
