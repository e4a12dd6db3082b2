using FleetInfra.Core.Rendering.CustomResources;
using FleetInfra.Core.Tests.Scheduling;
using FleetInfra.Core.Tests.Support;
using FleetInfra.Tests.Shared;
using k8s.Models;

namespace FleetInfra.Core.Tests.Autoscaling;

/// <summary><c>autoscaling</c>: CPU and memory as HPA v2 metrics, Prometheus queries as KEDA triggers in the app's one ScaledObject.</summary>
[Collection(CurrentDirectoryCollection.Name)]
public sealed class CustomMetricScalingTests : IDisposable
{
    private readonly TempFleet _fleet = new();

    public void Dispose() => _fleet.Dispose();

    [Fact]
    public void CpuAndMemory_AreHpaV2ResourceMetrics()
    {
        _fleet.WithApps("a.yaml", """
            application:
              api:
                image: r.example.com/api:1
                max_running_instances: 5
                autoscaling: { cpu: 60, memory: 80 }
            """).WithStack(TempFleet.Stack());

        var hpa = _fleet.Single<V2HorizontalPodAutoscaler>("eks-use1", "api");

        Assert.Equal(
            [("cpu", 60), ("memory", 80)],
            hpa.Spec.Metrics.Select(m => (m.Resource.Name, m.Resource.Target.AverageUtilization!.Value)));
        Assert.Empty(_fleet.Objects("eks-use1", "api").OfType<ScaledObject>());
    }

    [Fact]
    public void PrometheusTrigger_IsAKedaScaledObjectInPlaceOfTheHpa_KeepingTheMinimum()
    {
        _fleet.WithApps("a.yaml", """
            application:
              api:
                image: r.example.com/api:1
                min_running_instances: 2
                max_running_instances: 8
                autoscaling:
                  prometheus:
                    - { query: 'sum(rate(http_requests_total{app="api"}[2m]))', threshold: 100 }
                    - { query: 'sum(jobs)', threshold: 0.5, serverAddress: "http://prom.monitoring.svc:9090" }
            """).WithStack(TempFleet.Stack());

        var objects = _fleet.Objects("eks-use1", "api");
        var scaled = objects.OfType<ScaledObject>().Single();

        Assert.Empty(objects.OfType<V2HorizontalPodAutoscaler>());
        Assert.Equal((2, 8), (scaled.Spec.MinReplicaCount, scaled.Spec.MaxReplicaCount));
        Assert.Equal(["prometheus-1", "prometheus-2"], scaled.Spec.Triggers.Select(t => t.Name));
        Assert.All(scaled.Spec.Triggers, t => Assert.Equal("prometheus", t.Type));
        Assert.Equal(
            new Dictionary<string, string> { ["query"] = "sum(rate(http_requests_total{app=\"api\"}[2m]))", ["serverAddress"] = "http://prometheus-operated.monitoring.svc:9090", ["threshold"] = "100" },
            scaled.Spec.Triggers[0].Metadata);
        Assert.Equal(("http://prom.monitoring.svc:9090", "0.5"), (scaled.Spec.Triggers[1].Metadata["serverAddress"], scaled.Spec.Triggers[1].Metadata["threshold"]));
        Assert.NotNull(_fleet.Cluster("gke-euw1").Addons.Keda);
    }

    [Fact]
    public void PrometheusTrigger_AndWorkingHours_ShareOneScaledObject()
    {
        _fleet.WithApps("a.yaml", """
            application:
              api:
                image: r.example.com/api:1
                min_running_instances: 1
                max_running_instances: 4
                autoscaling: { cpu: 50, prometheus: [ { query: "sum(jobs)", threshold: 10 } ] }
            """).WithStack(TempFleet.Stack("""
              fleet:schedule: { active: "Mon-Fri 07:00-20:00", timezone: Europe/Paris }
            """));

        var scaled = _fleet.Single<ScaledObject>("eks-use1", "api");

        Assert.Equal(0, scaled.Spec.MinReplicaCount);
        Assert.Equal(["cron", "cpu", "prometheus"], scaled.Spec.Triggers.Select(t => t.Type));
        Assert.Equal("50", scaled.Spec.Triggers[1].Metadata["value"]);
    }

    [UpstreamCrdFact(UpstreamCrds.KedaScaledObject)]
    public void ScaledObjectsWithPrometheusTriggers_AreValidAgainstThePinnedKedaCrd()
    {
        _fleet.WithApps("a.yaml", """
            application:
              api:
                image: r.example.com/api:1
                max_running_instances: 4
                autoscaling: { memory: 75, prometheus: [ { query: "sum(jobs)", threshold: 2.5 } ] }
            """).WithStack(TempFleet.Stack());

        var scaledObjects = VerticalScalingTests.RenderedOfKind(_fleet.Plan(), ScaledObject.KindName);

        Assert.Equal(2, scaledObjects.Count);
        Assert.All(scaledObjects, o => Assert.Empty(KedaCrdSchema.Problems(o)));
    }

    [Fact]
    public void BadValues_AreReportedAtTheirLine()
    {
        _fleet.WithApps("a.yaml", """
            application:
              api:
                image: r.example.com/api:1
                max_running_instances: 4
                autoscaling:
                  prometheus: [ { query: up, threshold: -5 } ]
                  kafka: { topic: jobs }
              fixed:
                image: r.example.com/api:1
                autoscaling: { cpu: 50 }
            """).WithStack(TempFleet.Stack());

        Assert.Equal(
        [
            "apps/a.yaml:10:18: application.fixed.autoscaling: scales between min_running_instances and max_running_instances, but both are 1; raise max_running_instances or remove autoscaling",
            "apps/a.yaml:6:45: application.api.autoscaling.prometheus[0].threshold: -5 is not above 0; the threshold is the query's value per replica, so set a positive number like 100",
            "apps/a.yaml:7:7: application.api.autoscaling.kafka: unknown key 'kafka'; allowed keys: cpu, memory, prometheus, queue",
        ],
        _fleet.Errors().Order(StringComparer.Ordinal));
    }
}
