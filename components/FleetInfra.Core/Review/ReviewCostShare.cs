using System.Collections.Immutable;
using FleetInfra.Core.Costs;
using FleetInfra.Core.Planning;

namespace FleetInfra.Core.Review;

/// <summary>
/// What an apps-only (review) stack costs: only its pods' share of its base's clusters (<c>fleet cost</c> of a review
/// stack). Each app pays its requests at minimum replicas times the base node groups' price per requested unit, as
/// <see cref="Showback"/> allocates the base's own apps; the base's fixed costs (control planes, NAT, load balancers,
/// idle capacity) stay with the base, which pays them whether a review runs or not.
/// </summary>
/// <param name="Stack">The apps-only stack.</param>
/// <param name="ClustersFrom">Its base, as <c>fleet:clustersFrom</c> names it.</param>
/// <param name="Currency">The currency of the amounts: the price table's.</param>
/// <param name="Monthly">The share in all, USD a month before schedules.</param>
/// <param name="Apps">One line per app and cluster.</param>
public sealed record ReviewCostShare(string Stack, string ClustersFrom, string Currency, decimal Monthly, ImmutableArray<ShowbackLine> Apps)
{
    /// <summary>The share of <paramref name="review"/>, an apps-only plan (its clusters are its base's, so are their prices).</summary>
    public static ReviewCostShare Of(FleetPlan review, PriceTable prices)
    {
        var clustersFrom = review.ClustersFrom ?? throw new ArgumentException("not an apps-only stack", nameof(review));
        var apps = Showback.Allocate(review, CostEstimator.Estimate(review, prices)).Where(line => line.App is not null).ToImmutableArray();
        return new ReviewCostShare(review.Stack, clustersFrom, PriceTable.Currency, apps.Sum(line => line.Monthly), apps);
    }
}
