using System.Text.Json.Nodes;
using FleetInfra.Core.Planning;
using FleetInfra.Core.Rendering;
using FleetInfra.Core.Rendering.CustomResources;
using FleetInfra.Core.Tests.Support;
using FleetInfra.Tests.Shared;
using k8s.Models;
using YamlDotNet.RepresentationModel;

namespace FleetInfra.Core.Tests.Autoscaling;

/// <summary><c>vertical_scaling</c>: a VerticalPodAutoscaler per app, its update mode per cluster, and the conflict with HPAs on CPU or memory.</summary>
[Collection(CurrentDirectoryCollection.Name)]
public sealed class VerticalScalingTests : IDisposable
{
    private const string OldEks = """
            - name: eks-old
              provider: eks
              region: us-east-1
              kubernetesVersion: "1.32"
              apiAccessCidrs: [203.0.113.0/24]
              nodeGroups:
                - { name: general, instanceTypes: [m6i.xlarge], minSize: 2, maxSize: 6 }
        """;

    private readonly TempFleet _fleet = new();

    public void Dispose() => _fleet.Dispose();

    [Fact]
    public void Recommend_RendersAVpaThatOnlyRecommends_WithinTheIntentsRanges()
    {
        _fleet.WithApps("a.yaml", """
            application:
              api:
                image: r.example.com/api:1
                vertical_scaling: recommend
            """).WithStack(TempFleet.Stack());

        var vpa = _fleet.Single<VerticalPodAutoscaler>("eks-use1", "api");

        Assert.Equal(("apps/v1", "Deployment", "api"), (vpa.Spec.TargetRef.ApiVersion, vpa.Spec.TargetRef.Kind, vpa.Spec.TargetRef.Name));
        Assert.Equal("Off", vpa.Spec.UpdatePolicy.UpdateMode);
        var policy = Assert.Single(vpa.Spec.ResourcePolicy.ContainerPolicies);
        Assert.Equal(WorkloadManifests.ContainerName, policy.ContainerName);
        Assert.Equal(new Dictionary<string, string> { ["cpu"] = "10m", ["memory"] = "16Mi" }, policy.MinAllowed);
        Assert.Equal(new Dictionary<string, string> { ["cpu"] = "64", ["memory"] = "512Gi" }, policy.MaxAllowed);
    }

    [Fact]
    public void Auto_ResizesInPlaceFromKubernetes133_AndRecreatesBefore()
    {
        _fleet.WithApps("a.yaml", """
            application:
              api:
                image: r.example.com/api:1
                vertical_scaling: { mode: auto, min_cpu: 100m, max_cpu: "2", min_memory: 128Mi, max_memory: 4Gi }
            """).WithStack(TempFleet.Stack(clusters: TempFleet.EksCluster + "\n" + OldEks));

        var onNew = _fleet.Single<VerticalPodAutoscaler>("eks-use1", "api");
        var onOld = _fleet.Single<VerticalPodAutoscaler>("eks-old", "api");

        Assert.Equal("InPlaceOrRecreate", onNew.Spec.UpdatePolicy.UpdateMode);
        Assert.Equal("Recreate", onOld.Spec.UpdatePolicy.UpdateMode);
        Assert.Equal(new Dictionary<string, string> { ["cpu"] = "100m", ["memory"] = "128Mi" }, onOld.Spec.ResourcePolicy.ContainerPolicies[0].MinAllowed);
        Assert.Equal(new Dictionary<string, string> { ["cpu"] = "2", ["memory"] = "4Gi" }, onOld.Spec.ResourcePolicy.ContainerPolicies[0].MaxAllowed);
    }

    [Fact]
    public void Auto_WithTheDefaultCpuHpa_IsRejected()
    {
        _fleet.WithApps("a.yaml", """
            application:
              api:
                image: r.example.com/api:1
                min_running_instances: 2
                max_running_instances: 6
                vertical_scaling: auto
            """).WithStack(TempFleet.Stack());

        Assert.Equal(
            ["apps/a.yaml:6:23: application.api.vertical_scaling: auto resizes the pods while the HPA scales their count on cpu (70%, the default) of those same requests, so the two fight; use vertical_scaling: recommend, or scale on prometheus only (autoscaling: { prometheus: [...] }), or set max_running_instances equal to min_running_instances"],
            _fleet.Errors());
    }

    [Fact]
    public void Auto_WithAMemoryMetric_IsRejected_AndWithPrometheusOnly_IsAccepted()
    {
        _fleet.WithApps("a.yaml", """
            application:
              memory-scaled:
                image: r.example.com/api:1
                max_running_instances: 4
                vertical_scaling: auto
                autoscaling: { memory: 80 }
              query-scaled:
                image: r.example.com/api:1
                max_running_instances: 4
                vertical_scaling: auto
                autoscaling: { prometheus: [ { query: "sum(jobs)", threshold: 10 } ] }
            """).WithStack(TempFleet.Stack());

        var error = Assert.Single(_fleet.Errors());
        Assert.StartsWith("apps/a.yaml:5:23: application.memory-scaled.vertical_scaling: auto resizes the pods while the HPA scales their count on memory (80%) of those same requests", error, StringComparison.Ordinal);
    }

    [Fact]
    public void VpaAddon_IsPlannedOnlyOnClustersWhereAnAppAsks_ChartOnEks_BuiltInOnGke()
    {
        _fleet.WithApps("a.yaml", """
            application:
              plain:
                image: r.example.com/plain:1
            """).WithStack(TempFleet.Stack());
        Assert.All(_fleet.Plan().Clusters, c => Assert.Null(c.Addons.VerticalPodAutoscaler));

        _fleet.WithApps("a.yaml", """
            application:
              plain:
                image: r.example.com/plain:1
              sized:
                image: r.example.com/sized:1
                vertical_scaling: recommend
            """).WithStack(TempFleet.Stack("""
              fleet:appOverrides:
                sized: { vertical_scaling: off }
            """));
        Assert.All(_fleet.Plan().Clusters, c => Assert.Null(c.Addons.VerticalPodAutoscaler));

        _fleet.WithStack(TempFleet.Stack());
        var eks = _fleet.Cluster("eks-use1").Addons;
        var gke = _fleet.Cluster("gke-euw1").Addons;
        Assert.Equal(new Core.Addons.VerticalPodAutoscalerPlan(Core.Addons.AddonVersions.VerticalPodAutoscaler, AppliesRecommendations: false), eks.VerticalPodAutoscaler);
        Assert.Equal(new Core.Addons.VerticalPodAutoscalerPlan(null, AppliesRecommendations: false), gke.VerticalPodAutoscaler);
        Assert.Contains(eks.Decisions, d => d.Need == "vertical scaling" && d.Reason == "VerticalPodAutoscaler on sized (Off)");
    }

    [UpstreamCrdFact(UpstreamCrds.VerticalPodAutoscaler)]
    public void EveryRenderedVpa_IsValidAgainstThePinnedVpaCrd()
    {
        _fleet.WithApps("a.yaml", """
            application:
              recommended:
                image: r.example.com/a:1
                vertical_scaling: recommend
              resized:
                image: r.example.com/b:1
                vertical_scaling: { mode: auto, min_cpu: 50m, max_memory: 2Gi }
            """).WithStack(TempFleet.Stack(clusters: TempFleet.EksCluster + "\n" + OldEks));
        var schema = UpstreamCrdSchema.Load(UpstreamCrds.VerticalPodAutoscaler, "v1", VerticalPodAutoscaler.KindName);

        var vpas = RenderedOfKind(_fleet.Plan(), VerticalPodAutoscaler.KindName);

        Assert.Equal(4, vpas.Count);
        Assert.All(vpas, vpa => Assert.Empty(UpstreamCrdSchema.Problems(schema, vpa)));
        var unknownMode = vpas[0].DeepClone();
        unknownMode["spec"]!["updatePolicy"]!["updateMode"] = "Sometimes";
        Assert.NotEmpty(UpstreamCrdSchema.Problems(schema, unknownMode));
    }

    /// <summary>Every object of <paramref name="kind"/> rendered for the plan, read back from YAML as JSON.</summary>
    internal static List<JsonNode> RenderedOfKind(FleetPlan plan, string kind)
    {
        var result = new List<JsonNode>();
        foreach (var (_, yaml) in FleetRenderer.Render(plan).SelectMany(c => c.Files))
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            result.AddRange(stream.Documents.Select(d => UpstreamCrdSchema.ToJson(d.RootNode)!).Where(o => o["kind"]?.GetValue<string>() == kind));
        }

        return result;
    }
}
