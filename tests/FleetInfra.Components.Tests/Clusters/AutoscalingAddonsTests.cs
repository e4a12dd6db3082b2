using FleetInfra.Components.Clusters;
using FleetInfra.Components.Tests.Fleet;
using FleetInfra.Components.Tests.Mocks;
using FleetInfra.Core.Addons;
using FleetInfra.Core.Headroom;
using FleetInfra.Core.Planning;
using FleetInfra.Core.Rendering;
using Xunit;

namespace FleetInfra.Components.Tests.Clusters;

/// <summary>
/// The VerticalPodAutoscaler add-on installs only where the core planned it (an app has <c>vertical_scaling</c>), and
/// node groups with headroom carry the label their pause pods select.
/// </summary>
public sealed class AutoscalingAddonsTests
{
    private const string VpaReleaseType = KubernetesOutputs.HelmReleaseType;

    private static ClusterPlan Staging => StackPlans.Cluster("staging", "eks-use1");

    private static Task<ComponentRun<EksCluster>> RunEksAsync(ClusterPlan plan) =>
        ComponentRun<EksCluster>.RunAsync(options => new EksCluster("eks-use1", new EksClusterArgs { Cluster = plan.Cluster, Addons = plan.Addons }, options));

    private static Task<ComponentRun<GkeCluster>> RunGkeAsync(ClusterAddons addons) =>
        ComponentRun<GkeCluster>.RunAsync(options => new GkeCluster("gke-euw1", new GkeClusterArgs { Cluster = TestClusters.Gke(), Addons = addons }, options));

    [Fact]
    public async Task Eks_InstallsThePinnedVpaChartOnlyWhenPlanned_RecommenderOnlyForRecommendApps()
    {
        var without = await RunEksAsync(Staging);
        var recommend = await RunEksAsync(Staging with { Addons = Staging.Addons with { VerticalPodAutoscaler = new VerticalPodAutoscalerPlan(AddonVersions.VerticalPodAutoscaler, false) } });
        var auto = await RunEksAsync(Staging with { Addons = Staging.Addons with { VerticalPodAutoscaler = new VerticalPodAutoscalerPlan(AddonVersions.VerticalPodAutoscaler, true) } });

        Assert.DoesNotContain(without.Mocks.OfType(VpaReleaseType), r => (string)r.Inputs["name"] == "vertical-pod-autoscaler");
        var release = recommend.Mocks.Single(VpaReleaseType, "eks-use1-vpa");
        Assert.Equal(
            ("vertical-pod-autoscaler", "0.11.0", "vertical-pod-autoscaler", "https://kubernetes.github.io/autoscaler"),
            ((string)release.Inputs["chart"], (string)release.Inputs["version"], (string)release.Inputs["namespace"], (string)release.Map("repositoryOpts")["repo"]));
        Assert.Equal((true, false, false), Components(release));
        Assert.Equal((true, true, true), Components(auto.Mocks.Single(VpaReleaseType, "eks-use1-vpa")));
    }

    [Fact]
    public async Task Gke_EnablesBuiltInVerticalPodAutoscalingOnlyWhenPlanned()
    {
        var without = await RunGkeAsync(ClusterAddons.None);
        var with = await RunGkeAsync(ClusterAddons.None with { VerticalPodAutoscaler = new VerticalPodAutoscalerPlan(null, false) });

        Assert.False(without.Mocks.Single("gcp:container/cluster:Cluster", "gke-euw1-cluster").Inputs.ContainsKey("verticalPodAutoscaling"));
        Assert.Equal(true, with.Mocks.Single("gcp:container/cluster:Cluster", "gke-euw1-cluster").Map("verticalPodAutoscaling")["enabled"]);
        Assert.Empty(with.Mocks.OfType(VpaReleaseType));
    }

    [Fact]
    public async Task NodeGroupWithHeadroom_CarriesThePinningLabel_OthersKeepTheirLabels()
    {
        var groups = Staging.Cluster.NodeGroups;
        var plan = Staging with
        {
            Cluster = Staging.Cluster with { NodeGroups = [groups[0] with { Headroom = new HeadroomSetting(new Core.Diagnostics.SourceLocation("s", 1, 1), "h") { Cpu = new(500) } }, .. groups[1..]] },
        };

        var run = await RunEksAsync(plan);

        var pinned = run.Mocks.Single("eks:index:ManagedNodeGroup", $"eks-use1-ng-{groups[0].Name}");
        Assert.Equal(groups[0].Name, pinned.StringMap("labels")[HeadroomManifests.NodeGroupLabel]);
        var other = run.Mocks.Single("eks:index:ManagedNodeGroup", $"eks-use1-ng-{groups[1].Name}");
        Assert.DoesNotContain(HeadroomManifests.NodeGroupLabel, (IDictionary<string, string>)other.StringMap("labels"));
    }

    private static (bool Recommender, bool Updater, bool Admission) Components(Pulumi.Testing.MockResourceArgs release)
    {
        var values = release.Map("values");
        return ((bool)values.Map("recommender")["enabled"], (bool)values.Map("updater")["enabled"], (bool)values.Map("admissionController")["enabled"]);
    }
}
