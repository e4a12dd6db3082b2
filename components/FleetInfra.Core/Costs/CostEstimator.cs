using System.Collections.Immutable;
using FleetInfra.Core.Config;
using FleetInfra.Core.Planning;

namespace FleetInfra.Core.Costs;

/// <summary>
/// Estimates what a planned stack costs per month in list prices. Pure: the plan and the two tables in, a
/// <see cref="CostEstimate"/> out. A price or machine type missing from the tables is left out of the totals with a
/// warning naming the row to add, never counted as zero.
/// </summary>
public static class CostEstimator
{
    public static CostEstimate Estimate(FleetPlan plan) => Estimate(plan, PriceTable.Default, MachineTypeTable.Default);

    /// <summary>With a price table (the shipped one with an imported one on top); machine specs come from it too.</summary>
    public static CostEstimate Estimate(FleetPlan plan, PriceTable prices) => Estimate(plan, prices, MachineTypeTable.For(prices));

    public static CostEstimate Estimate(FleetPlan plan, PriceTable prices, MachineTypeTable machines)
    {
        var lookup = new PriceLookup(prices, machines);
        var forwardingRules = new Dictionary<string, int>(StringComparer.Ordinal);
        var clusters = ImmutableArray.CreateBuilder<ClusterCost>(plan.Clusters.Length);
        foreach (var cluster in plan.Clusters)
        {
            var (capacity, groupCapacity, pool) = CapacityEstimator.Estimate(cluster, lookup);
            var groups = cluster.Cluster.NodeGroups.Select(g => NodeGroup(cluster, g, groupCapacity[g.Name], lookup)).ToImmutableArray();
            var lines = new ClusterLines(cluster, lookup).Build(forwardingRules);
            var saving = ScheduleSavings.For(cluster, pool, groups.ToDictionary(g => g.Name, g => g.Hourly, StringComparer.Ordinal));
            clusters.Add(new ClusterCost(
                cluster.Name,
                cluster.Provider == CloudProvider.Eks ? "eks" : "gke",
                cluster.Cluster.Region,
                groups.Sum(g => g.Monthly ?? 0m) + lines.Sum(l => l.Monthly ?? 0m),
                groups.Sum(g => g.MonthlyMin ?? 0m) + lines.Sum(l => l.MonthlyMin ?? 0m),
                groups.Sum(g => g.MonthlyMax ?? 0m) + lines.Sum(l => l.MonthlyMax ?? 0m),
                groups,
                lines,
                capacity,
                saving));
        }

        var all = clusters.ToImmutable();
        return new CostEstimate
        {
            Stack = plan.Stack,
            Environment = plan.Environment,
            PricesAsOf = lookup.AsOf,
            PricesOldestAsOf = lookup.OldestUsed,
            Monthly = all.Sum(c => c.Monthly),
            MonthlyMin = all.Sum(c => c.MonthlyMin),
            MonthlyMax = all.Sum(c => c.MonthlyMax),
            ScheduleSaving = all.Sum(c => c.Saving.MonthlySaving ?? 0m),
            SavedNodeHoursPerMonth = Math.Round(all.Sum(c => c.Saving.SavedNodeHoursPerMonth), 1),
            Complete = lookup.Complete,
            Clusters = all,
            Warnings = [.. lookup.Warnings],
        };
    }

    private static NodeGroupCost NodeGroup(ClusterPlan cluster, NodeGroupConfig group, NodeGroupCapacity capacity, PriceLookup lookup)
    {
        var type = group.InstanceTypes[0];
        var onDemand = lookup.Price(cluster.Provider, cluster.Cluster.Region, $"instance:{type}:on-demand", "hour", cluster.Name);
        var spot = lookup.Price(cluster.Provider, cluster.Cluster.Region, $"instance:{type}:spot", "hour", cluster.Name);
        var used = group.Spot ? spot : onDemand;
        return new NodeGroupCost(
            group.Name,
            type,
            group.Spot,
            group.MinSize,
            group.DesiredSize,
            group.MaxSize,
            onDemand,
            spot,
            ClusterLines.Monthly(used, group.DesiredSize, "hour"),
            ClusterLines.Monthly(used, group.MinSize, "hour"),
            ClusterLines.Monthly(used, group.MaxSize, "hour"),
            ClusterLines.Monthly(onDemand, group.DesiredSize, "hour"),
            ClusterLines.Monthly(spot, group.DesiredSize, "hour"),
            capacity,
            group.InstanceTypes.Length > 1 ? $"priced as {type}, the first of {string.Join(", ", group.InstanceTypes)}" : null);
    }
}
