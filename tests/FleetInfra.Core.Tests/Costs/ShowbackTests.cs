using FleetInfra.Core.Costs;
using FleetInfra.Core.Planning;
using FleetInfra.Core.Reporting.Html;

namespace FleetInfra.Core.Tests.Costs;

/// <summary>Showback: node cost shown back to apps and teams by their share of requests, the idle remainder apart; the all-stacks page.</summary>
public sealed class ShowbackTests
{
    private static FleetPlan Dev => FleetLoader.Load(Path.Combine(Core.Config.ProjectRoot.Find(AppContext.BaseDirectory)!, "stacks", "Pulumi.dev.yaml")).Plan!;

    [Fact]
    public void AppsAndIdle_AddUpToTheNodeCostOfEachCluster()
    {
        var plan = Dev;
        var estimate = CostEstimator.Estimate(plan);

        var lines = Showback.Allocate(plan, estimate);

        foreach (var cluster in estimate.Clusters)
        {
            Assert.Equal(cluster.NodeGroups.Sum(g => g.Monthly ?? 0m), lines.Where(l => l.Cluster == cluster.Name).Sum(l => l.Monthly));
            var idle = Assert.Single(lines, l => l.Cluster == cluster.Name && l.App is null);
            Assert.True(idle.Monthly >= 0, idle.ToString());
        }

        Assert.Contains(lines, l => l is { Team: "shop", App: "storefront" } && l.Monthly > 0);
        Assert.Contains(lines, l => l is { Team: "core", App: "enterprise-api" } && l.Monthly > 0);
    }

    [Fact]
    public void ByTeam_SumsTheAppsOfEachTeamPerStack_AndKeepsIdleApart()
    {
        var plan = Dev;
        var lines = Showback.Allocate(plan, CostEstimator.Estimate(plan));

        var summary = ShowbackSummary.Of(lines, "team");

        Assert.Equal(["core", "shop"], summary.Rows.Select(r => r.Name).Order(StringComparer.Ordinal));
        Assert.Equal(summary.Total, summary.Rows.Sum(r => r.Monthly) + summary.Idle);
    }

    [Fact]
    public void AHundredStackFleet_RendersOneRowPerStackAndCluster()
    {
        var plan = Dev;
        var estimate = CostEstimator.Estimate(plan);
        var stacks = Enumerable.Range(1, 100)
            .Select(i => new StackOverview(plan with { Stack = $"stack-{i:000}" }, estimate, Showback.Allocate(plan with { Stack = $"stack-{i:000}" }, estimate), [], null))
            .ToList();

        var html = FleetOverviewReport.Render(stacks);

        Assert.Equal(100, html.Split("<tr data-stack=").Length - 1);
        Assert.Equal(200, html.Split("<tr data-cluster=").Length - 1);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.Contains("stack-100", html, StringComparison.Ordinal);
    }
}
