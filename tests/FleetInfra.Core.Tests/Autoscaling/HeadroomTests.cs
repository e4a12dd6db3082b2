using FleetInfra.Core.Costs;
using FleetInfra.Core.Rendering;
using FleetInfra.Core.Tests.Support;
using k8s.Models;

namespace FleetInfra.Core.Tests.Autoscaling;

/// <summary>Node headroom: a low PriorityClass and pause pods holding the room, pinned to their node group, counted by cost and capacity checks.</summary>
[Collection(CurrentDirectoryCollection.Name)]
public sealed class HeadroomTests : IDisposable
{
    private const string Apps = """
        application:
          api:
            image: r.example.com/api:1
            cpu: 500m
            memory: 1GB
        """;

    private readonly TempFleet _fleet = new TempFleet().WithApps("a.yaml", Apps);

    public void Dispose() => _fleet.Dispose();

    [Fact]
    public void StackHeadroom_RendersALowPriorityClassAndOnePausePodOfThatSize()
    {
        _fleet.WithStack(TempFleet.Stack("""  fleet:headroom: { cpu: "2", memory: 4Gi }"""));

        var objects = Headroom("eks-use1");
        var priority = objects.OfType<V1PriorityClass>().Single();
        var deployment = objects.OfType<V1Deployment>().Single();
        var pod = deployment.Spec.Template.Spec;

        Assert.Equal((HeadroomManifests.Name, -10, "Never"), (priority.Metadata.Name, priority.Value, priority.PreemptionPolicy));
        Assert.Equal((HeadroomManifests.Name, 1), (pod.PriorityClassName, deployment.Spec.Replicas));
        Assert.Null(pod.NodeSelector);
        Assert.Equal(("2", "4Gi"), (pod.Containers[0].Resources.Requests["cpu"].ToString(), pod.Containers[0].Resources.Requests["memory"].ToString()));
        Assert.Empty(objects.OfType<V1PodDisruptionBudget>());
    }

    /// <summary>
    /// Headroom is written in Kubernetes quantities, as issue 24 and the docs write it (<c>{ cpu: 2, memory: 4Gi }</c>):
    /// an unquoted integer is cores there, unlike an intent's Qovery-style <c>cpu: 500</c> of millicores.
    /// </summary>
    [Theory]
    [InlineData("2", "2")]
    [InlineData("\"2\"", "2")]
    [InlineData("0.5", "500m")]
    [InlineData("1500m", "1500m")]
    public void HeadroomCpu_IsAKubernetesQuantity_WhereAnUnquotedIntegerIsCores(string written, string requested)
    {
        _fleet.WithStack(TempFleet.Stack($"  fleet:headroom: {{ cpu: {written}, memory: 4Gi }}"));

        var pod = Headroom("eks-use1").OfType<V1Deployment>().Single().Spec.Template.Spec;

        Assert.Equal(requested, pod.Containers[0].Resources.Requests["cpu"].ToString());
    }

    [Fact]
    public void NodeGroupHeadroom_LikeAnApp_IsThatManyPodsOfItsSize_PinnedToTheGroup()
    {
        _fleet.WithStack(TempFleet.Stack(clusters: TempFleet.EksCluster.Replace("desiredSize: 3 }", "desiredSize: 3, headroom: { pods: 3, like: api } }", StringComparison.Ordinal) + "\n" + TempFleet.GkeCluster));

        var deployment = Headroom("eks-use1").OfType<V1Deployment>().Single();

        Assert.Equal(("headroom-general", 3), (deployment.Metadata.Name, deployment.Spec.Replicas));
        Assert.Equal(new Dictionary<string, string> { [HeadroomManifests.NodeGroupLabel] = "general" }, deployment.Spec.Template.Spec.NodeSelector);
        Assert.Equal(("500m", "1Gi"), (deployment.Spec.Template.Spec.Containers[0].Resources.Requests["cpu"].ToString(), deployment.Spec.Template.Spec.Containers[0].Resources.Requests["memory"].ToString()));
        Assert.Single(Headroom("eks-use1").OfType<V1PodDisruptionBudget>());
        Assert.Equal("general", Core.Headroom.NodeGroupLabels.For(_fleet.Cluster("eks-use1").Cluster.NodeGroups[0])[HeadroomManifests.NodeGroupLabel]);
        Assert.Empty(_fleet.Cluster("gke-euw1").Headroom);
    }

    [Fact]
    public void Headroom_IsCountedByTheCostEstimate()
    {
        _fleet.WithStack(TempFleet.Stack());
        var without = CostEstimator.Estimate(_fleet.Plan()).Clusters.Single(c => c.Name == "eks-use1").Capacity;
        _fleet.WithStack(TempFleet.Stack("""  fleet:headroom: { cpu: "2", memory: 4Gi }"""));
        var with = CostEstimator.Estimate(_fleet.Plan()).Clusters.Single(c => c.Name == "eks-use1").Capacity;

        Assert.Equal(2000, with.RequestedCpuMillisAtMin - without.RequestedCpuMillisAtMin);
        Assert.Equal(4096, with.RequestedMemoryMiBAtMax - without.RequestedMemoryMiBAtMax);
    }

    [Fact]
    public void BadHeadroom_IsReported()
    {
        _fleet.WithStack(TempFleet.Stack("""  fleet:headroom: { pods: 2, like: apii }"""));
        Assert.Equal(["Pulumi.test.yaml:5:19: fleet:headroom.like: 'apii' is not an app of this stack (did you mean 'api'?); name the app whose pods the room is for"], _fleet.Errors());

        _fleet.WithStack(TempFleet.Stack("""  fleet:headroom: { cpu: "1", pods: 2, like: api }"""));
        Assert.Equal(["Pulumi.test.yaml:5:19: fleet:headroom: sets both an amount (cpu, memory) and pods like an app; keep one"], _fleet.Errors());
    }

    [Fact]
    public void AnAppNamedLikeTheHeadroomNamespace_IsAnErrorOnlyWithHeadroom()
    {
        _fleet.WithApps("b.yaml", """
            application:
              fleetinfra-headroom:
                image: r.example.com/x:1
            """).WithStack(TempFleet.Stack());
        Assert.Empty(_fleet.Errors());

        _fleet.WithStack(TempFleet.Stack("""  fleet:headroom: { cpu: "1" }"""));
        Assert.Equal(["apps/b.yaml:2:3: application.fleetinfra-headroom: 'fleetinfra-headroom' is the namespace of the cluster's headroom (fleet:headroom); rename the app"], _fleet.Errors());
    }

    [Fact]
    public void HeadroomPodLargerThanTheNode_IsAnFI008Error()
    {
        _fleet.WithStack(TempFleet.Stack("""  fleet:headroom: { cpu: "8", memory: 4Gi }"""));

        Assert.Contains(
            "Pulumi.test.yaml:5:19: fleet:headroom: FI008: a headroom pod requests 8 cores and 4Gi, more than any untainted node of cluster eks-use1 offers (largest: m6i.xlarge, 3.92 cores and 15.03Gi allocatable), so it never runs and keeps no room; lower it below a node's size or use a larger instance type",
            _fleet.Errors());
    }

    [Theory]
    [InlineData(RenderLayout.PerApp)]
    [InlineData(RenderLayout.PerCluster)]
    public void RenderTo_WritesTheHeadroomLikeRender_InEitherLayout(RenderLayout layout)
    {
        _fleet.WithStack(TempFleet.Stack("""  fleet:headroom: { pods: 2, like: api }"""));
        var plan = _fleet.Plan();
        var folder = Path.Combine(_fleet.Root, "out");

        FleetRenderer.RenderTo(folder, plan, layout: layout);

        foreach (var cluster in FleetRenderer.Render(plan))
        {
            Assert.Equal(HeadroomManifests.FileName, cluster.Files[^1].RelativePath);
            var written = layout == RenderLayout.PerApp
                ? cluster.Files.Select(f => File.ReadAllText(Path.Combine(folder, cluster.Name, f.RelativePath)))
                : [File.ReadAllText(Path.Combine(folder, cluster.Name, FleetRenderer.ClusterFileName))];
            Assert.Equal(string.Concat(cluster.Files.Select(f => f.Yaml)), string.Concat(written));
        }
    }

    private IReadOnlyList<k8s.IKubernetesObject> Headroom(string cluster) =>
        ClusterManifests.Render(_fleet.Cluster(cluster)).Single(f => f.RelativePath == HeadroomManifests.FileName).Objects;
}
