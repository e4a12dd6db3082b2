using FleetInfra.Tests.Shared;
using System.Text.Json.Nodes;
using FleetInfra.Core.Planning;
using FleetInfra.Core.Rendering;
using FleetInfra.Core.Rendering.CustomResources;
using FleetInfra.Core.Tests.Support;
using k8s.Models;
using YamlDotNet.RepresentationModel;

namespace FleetInfra.Core.Tests.Scheduling;

/// <summary>
/// Scheduled apps get a KEDA ScaledObject instead of an HPA, valid against the pinned KEDA CRD; production stacks refuse
/// schedules unless allowed.
/// </summary>
[Collection(CurrentDirectoryCollection.Name)]
public sealed class ScheduleRenderingTests : IDisposable
{
    private const string Apps = """
        application:
          web:
            image: r.example.com/web:1
            ports: [ {8080: true} ]
            min_running_instances: 2
            max_running_instances: 6
          worker:
            image: r.example.com/worker:1
            min_running_instances: 3
            schedule: { active: ["Mon-Fri 08:00-18:00", "Sat 10:00-14:00"], timezone: America/New_York }
          pager:
            image: r.example.com/pager:1
            schedule: always
        """;

    private const string StackSchedule = """
          fleet:schedule: { active: "Mon-Fri 07:00-20:00", timezone: Europe/Paris }
        """;

    private readonly TempFleet _fleet = new TempFleet().WithApps("a.yaml", Apps);

    public void Dispose() => _fleet.Dispose();

    [Fact]
    public void AutoscaledApp_WithTheStackSchedule_GetsCronAndCpuTriggersAndNoHpa()
    {
        _fleet.WithStack(TempFleet.Stack(StackSchedule));

        var objects = _fleet.Objects("eks-use1", "web");
        var scaled = objects.OfType<ScaledObject>().Single();

        Assert.Empty(objects.OfType<V2HorizontalPodAutoscaler>());
        Assert.Null(objects.OfType<V1Deployment>().Single().Spec.Replicas);
        Assert.Equal(("apps/v1", "Deployment", "web"), (scaled.Spec.ScaleTargetRef.ApiVersion, scaled.Spec.ScaleTargetRef.Kind, scaled.Spec.ScaleTargetRef.Name));
        Assert.Equal((0, 6, 300), (scaled.Spec.MinReplicaCount, scaled.Spec.MaxReplicaCount, scaled.Spec.CooldownPeriod));
        var cron = scaled.Spec.Triggers[0];
        Assert.Equal(("cron", "working-hours"), (cron.Type, cron.Name));
        Assert.Equal(
            new Dictionary<string, string> { ["timezone"] = "Europe/Paris", ["start"] = "0 7 * * 1-5", ["end"] = "0 20 * * 1-5", ["desiredReplicas"] = "2" },
            cron.Metadata);
        var cpu = scaled.Spec.Triggers[1];
        Assert.Equal(("cpu", "Utilization"), (cpu.Type, cpu.MetricType));
        Assert.Equal(new Dictionary<string, string> { ["value"] = "70" }, cpu.Metadata);
        Assert.NotNull(objects.OfType<V1PodDisruptionBudget>().SingleOrDefault());
    }

    [Fact]
    public void AppSchedule_WithSeveralWindows_GetsOneCronTriggerEachAndNoCpuTrigger()
    {
        _fleet.WithStack(TempFleet.Stack(StackSchedule));

        var scaled = _fleet.Single<ScaledObject>("gke-euw1", "worker");

        Assert.Equal(
            [("working-hours-1", "0 8 * * 1-5", "0 18 * * 1-5"), ("working-hours-2", "0 10 * * 6", "0 14 * * 6")],
            scaled.Spec.Triggers.Select(t => (t.Name, t.Metadata["start"], t.Metadata["end"])));
        Assert.All(scaled.Spec.Triggers, t => Assert.Equal(("America/New_York", "3"), (t.Metadata["timezone"], t.Metadata["desiredReplicas"])));
        Assert.Equal(3, scaled.Spec.MaxReplicaCount);
    }

    [Fact]
    public void ScheduleAlways_OverridesTheStackDefault()
    {
        _fleet.WithStack(TempFleet.Stack(StackSchedule));

        var objects = _fleet.Objects("eks-use1", "pager");

        Assert.Empty(objects.OfType<ScaledObject>());
        Assert.Equal(1, objects.OfType<V1Deployment>().Single().Spec.Replicas);
    }

    [Fact]
    public void ScheduledApps_NeedKedaOnEitherProvider()
    {
        _fleet.WithStack(TempFleet.Stack(StackSchedule));

        Assert.All(_fleet.Plan().Clusters, cluster =>
        {
            Assert.Equal(Core.Addons.AddonVersions.Keda, cluster.Addons.Keda);
            Assert.Contains(cluster.Addons.Decisions, d => d is { Need: "schedules", Reason: "ScaledObject on web, worker" });
        });
    }

    [Fact]
    public void TurningAScheduleOn_TheScaledObjectTakesOverTheAppsHpaByName_AndRestoresItsReplicasWhenRemoved()
    {
        _fleet.WithStack(TempFleet.Stack());
        var hpaWithoutSchedule = _fleet.Single<V2HorizontalPodAutoscaler>("eks-use1", "web").Metadata.Name;

        _fleet.WithStack(TempFleet.Stack(StackSchedule));
        var scaled = ScaledObjectsOf(_fleet.Plan()).First(o => (string?)o["metadata"]!["name"] == "web");

        // KEDA's webhook admits a ScaledObject next to a foreign HPA only with both settings (verifyHpas, v2.20.2).
        Assert.Equal("true", (string?)scaled["metadata"]!["annotations"]?["scaledobject.keda.sh/transfer-hpa-ownership"]);
        Assert.Equal(hpaWithoutSchedule, (string?)scaled["spec"]!["advanced"]?["horizontalPodAutoscalerConfig"]?["name"]);
        Assert.True((bool?)scaled["spec"]!["advanced"]?["restoreToOriginalReplicaCount"]);
    }

    [Fact]
    public void DevRender_EveryScaledObjectCarriesTheOwnershipTransferAndTheRestore()
    {
        var scaledObjects = ScaledObjectsOf(FleetLoader.Load(Path.Combine(RepositoryRoot, "stacks", "Pulumi.dev.yaml")).PlanOrThrow());

        Assert.NotEmpty(scaledObjects);
        Assert.All(scaledObjects, o =>
        {
            Assert.Equal("true", (string?)o["metadata"]!["annotations"]?["scaledobject.keda.sh/transfer-hpa-ownership"]);
            Assert.Equal((string?)o["metadata"]!["name"], (string?)o["spec"]!["advanced"]?["horizontalPodAutoscalerConfig"]?["name"]);
            Assert.True((bool?)o["spec"]!["advanced"]?["restoreToOriginalReplicaCount"]);
        });
    }

    [UpstreamCrdFact(UpstreamCrds.KedaScaledObject)]
    public void EveryRenderedScaledObject_IsValidAgainstThePinnedKedaCrd()
    {
        _fleet.WithStack(TempFleet.Stack(StackSchedule));
        var scaledObjects = ScaledObjectsOf(_fleet.Plan());
        foreach (var stack in Directory.EnumerateFiles(Path.Combine(RepositoryRoot, "stacks"), "Pulumi.*.yaml"))
        {
            // Every stack CI renders (.ci/run also checks them in place with k8s-validate, against the same CRD).
            scaledObjects.AddRange(ScaledObjectsOf(FleetLoader.Load(stack).PlanOrThrow()));
        }

        Assert.True(scaledObjects.Count >= 8, $"only {scaledObjects.Count} ScaledObjects rendered");
        Assert.All(scaledObjects, o => Assert.Empty(KedaCrdSchema.Problems(o)));
    }

    [CrdModelsFact]
    public void EveryRenderedScaledObject_PassesTheValidatorGeneratedFromKedasCrd()
    {
        var scaledObjects = Directory.EnumerateFiles(Path.Combine(RepositoryRoot, "stacks"), "Pulumi.*.yaml")
            .SelectMany(stack => ScaledObjectsOf(FleetLoader.Load(stack).PlanOrThrow()))
            .Select(o => o.ToJsonString())
            .ToList();

        Assert.NotEmpty(scaledObjects);
        Assert.Empty(CrdModels.Problems(scaledObjects));
    }

    [UpstreamCrdFact(UpstreamCrds.KedaScaledObject)]
    public void CrdCheck_RejectsUnknownFieldsWrongTypesAndMinAboveMax()
    {
        var valid = JsonNode.Parse("""
            { "apiVersion": "keda.sh/v1alpha1", "kind": "ScaledObject", "metadata": { "name": "a" },
              "spec": { "scaleTargetRef": { "name": "a" }, "minReplicaCount": 0, "maxReplicaCount": 2,
                        "triggers": [ { "type": "cron", "metadata": { "start": "0 7 * * 1-5" } } ] } }
            """)!;
        Assert.Empty(KedaCrdSchema.Problems(valid));

        var unknownField = valid.DeepClone();
        unknownField["spec"]!["triggers"]![0]!["schedule"] = "x";
        var numberAsMetadata = valid.DeepClone();
        numberAsMetadata["spec"]!["triggers"]![0]!["metadata"]!["desiredReplicas"] = 2;
        var minAboveMax = valid.DeepClone();
        minAboveMax["spec"]!["minReplicaCount"] = 3;

        Assert.NotEmpty(KedaCrdSchema.Problems(unknownField));
        Assert.NotEmpty(KedaCrdSchema.Problems(numberAsMetadata));
        Assert.Contains("minReplicaCount must be less than or equal to maxReplicaCount", KedaCrdSchema.Problems(minAboveMax));
    }

    [Fact]
    public void ProductionStack_RefusesTheStackScheduleAndAppSchedules()
    {
        _fleet.WithStack(TempFleet.Stack("  fleet:environment: prod\n" + StackSchedule));

        Assert.Equal(
        [
            "Pulumi.test.yaml:6:19: fleet:schedule: scales every app to zero outside Mon-Fri 07:00-20:00 Europe/Paris, but environment 'prod' is production; remove it, or set fleet:allowSchedules: true if this stack may really stop at night",
            "apps/a.yaml:10:15: application.worker.schedule: scales 'worker' to zero outside Mon-Fri 08:00-18:00, Sat 10:00-14:00 America/New_York, but environment 'prod' is production; set schedule: always for it in fleet:appOverrides, keep schedules in non-production stacks' overrides, or set fleet:allowSchedules: true",
        ],
        _fleet.Errors().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ProductionStack_AcceptsSchedulesWhenAllowedOrOverriddenToAlways()
    {
        _fleet.WithStack(TempFleet.Stack("  fleet:environment: prod\n  fleet:allowSchedules: true\n" + StackSchedule));
        Assert.NotNull(_fleet.Single<ScaledObject>("eks-use1", "web"));

        _fleet.WithStack(TempFleet.Stack("  fleet:environment: production\n  fleet:appOverrides:\n    worker: { schedule: always }"));
        Assert.All(_fleet.Plan().Clusters.SelectMany(c => c.Apps), app => Assert.False(app.Scaling.Scheduled));
    }

    private static string RepositoryRoot => Core.Config.ProjectRoot.Find(AppContext.BaseDirectory)!;

    /// <summary>Every ScaledObject of the plan, rendered to YAML and read back as JSON, as the API server would receive it.</summary>
    private static List<JsonNode> ScaledObjectsOf(FleetPlan plan)
    {
        var result = new List<JsonNode>();
        foreach (var cluster in FleetRenderer.Render(plan))
        {
            foreach (var (_, yaml) in cluster.Files)
            {
                var stream = new YamlStream();
                stream.Load(new StringReader(yaml));
                result.AddRange(stream.Documents
                    .Select(d => UpstreamCrdSchema.ToJson(d.RootNode)!)
                    .Where(o => o["kind"]?.GetValue<string>() == ScaledObject.KindName));
            }
        }

        return result;
    }
}
