using FleetInfra.Core.Costs;
using FleetInfra.Core.Planning;
using FleetInfra.Core.Reporting.Html;
using FleetInfra.Core.Review;

namespace FleetInfra.Core.Tests.Review;

/// <summary>What a review environment costs, and how its base's report lists it.</summary>
public sealed partial class AppsOnlyStackTests
{
    [Fact]
    public void ReviewCost_IsOnlyItsAppsShareOfTheBasesNodes_NotTheBaseWhole()
    {
        var review = FleetLoader.Load(Review()).PlanOrThrow();
        var baseline = FleetLoader.Load(Path.Combine(_stacks, "Pulumi.staging.yaml")).PlanOrThrow();
        var baseEstimate = CostEstimator.Estimate(baseline);

        var share = ReviewCostShare.Of(review, PriceTable.Default);

        // Each review app pays what the same app pays on the base: its requests at the base node groups' price per unit.
        var baseShares = Showback.Allocate(baseline, baseEstimate).Where(l => l.App is not null).ToDictionary(l => (l.Cluster, l.App));
        Assert.NotEmpty(share.Apps);
        Assert.All(share.Apps, line => Assert.Equal(baseShares[(line.Cluster, line.App)].Monthly, line.Monthly));
        Assert.Equal(share.Apps.Sum(l => l.Monthly), share.Monthly);

        // No control plane, NAT, load balancer or idle node of the base is in it.
        var baseNodes = baseEstimate.Clusters.Sum(c => c.NodeGroups.Sum(g => g.Monthly ?? 0m));
        Assert.True(share.Monthly > 0 && share.Monthly <= baseNodes && baseNodes < baseEstimate.Monthly, $"{share.Monthly} of {baseNodes} nodes, {baseEstimate.Monthly} in all");
        Assert.Equal(("pr-7", "staging"), (share.Stack, share.ClustersFrom));
    }

    [Fact]
    public void BaseReport_ListsItsReviewEnvironments_WithAgeExpiryAndWhetherSuspended()
    {
        var now = new DateTimeOffset(2026, 12, 9, 12, 0, 0, TimeSpan.Zero);
        File.SetLastWriteTimeUtc(Review("pr-7"), now.AddDays(-2).AddHours(-3).UtcDateTime);
        File.SetLastWriteTimeUtc(Review("pr-8", extra: "  fleet:suspended: true\n"), now.AddMinutes(-90).UtcDateTime);
        var onOtherBase = Review("pr-9", baseStack: "dev");
        File.WriteAllText(onOtherBase, File.ReadAllText(onOtherBase).Replace("2026-12-07T21:00:00Z", "2026-12-10T00:00:00Z", StringComparison.Ordinal));

        var reviews = ReviewEnvironment.Of("staging", _stacks);

        Assert.Equal(["pr-7", "pr-8"], reviews.Select(r => r.Stack));
        var baseline = FleetLoader.Load(Path.Combine(_stacks, "Pulumi.staging.yaml")).PlanOrThrow();
        var html = FleetReport.Render(baseline, CostEstimator.Estimate(baseline), rightSizing: null, reviews, now);
        Assert.Contains("<tr data-review=\"pr-7\"><td>pr-7</td><td>2d 3h</td><td>2026-12-07T21:00:00Z (expired)</td><td>running</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr data-review=\"pr-8\"><td>pr-8</td><td>1h 30m</td><td>2026-12-07T21:00:00Z (expired)</td><td>suspended (idle)</td></tr>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("pr-9", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"reviews\"", FleetReport.Render(baseline, CostEstimator.Estimate(baseline)), StringComparison.Ordinal);
    }
}
