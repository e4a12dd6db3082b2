using FleetInfra.Core.Config;
using FleetInfra.Core.Planning;
using FleetInfra.Core.Rendering;

namespace FleetInfra.Core.Tests.Classes;

/// <summary>
/// The held-out fleet of 30 clusters from 3 classes (Fixtures/fleet30), in under 60 lines: it plans, places apps by
/// label and renders every cluster (.ci/run checks each cluster folder with k8s-validate --hardening).
/// </summary>
public sealed class HeldOutFleetTests
{
    private static readonly string StackFile =
        Path.Combine(ProjectRoot.Find(AppContext.BaseDirectory)!, "tests", "FleetInfra.Core.Tests", "Classes", "Fixtures", "fleet30", "Pulumi.fleet30.yaml");

    [Fact]
    public void ThirtyClusters_InUnderSixtyLines_PlanAndRender()
    {
        var result = FleetLoader.Load(StackFile);

        Assert.True(File.ReadAllLines(StackFile).Length < 60);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        var plan = result.Plan!;
        Assert.Equal(30, plan.Clusters.Length);
        Assert.Equal(30, FleetRenderer.Render(plan).Count(c => c.Files.Any()));
    }

    [Fact]
    public void ThirtyClusters_PlaceAppsByLabel()
    {
        var plan = FleetLoader.Load(StackFile).PlanOrThrow();

        string[] On(string app) => [.. plan.Clusters.Where(c => c.Apps.Any(a => a.Name == app)).Select(c => c.Name)];
        Assert.Equal(["use1-d", "use1-e", "usw2-d", "usw2-e", "euc1-d", "euc1-e"], On("storefront"));
        Assert.Equal(15, On("billing-worker").Length);
        Assert.All(On("billing-worker"), name => Assert.Matches("^(euw1|usc1)-", name));
        Assert.Equal(30, On("enterprise-api").Length);
        Assert.Equal(["1.34"], plan.Clusters.Where(c => c.Name == "euc1-e").Select(c => c.Cluster.KubernetesVersion));
        Assert.Equal([2, 6], plan.Clusters.Where(c => c.Name == "use1-d").SelectMany(c => c.Cluster.NodeGroups).SelectMany(g => new[] { g.MinSize, g.MaxSize }));
    }
}
