using System.Collections.Immutable;

namespace FleetInfra.Core.Costs;

/// <summary>One cluster's monthly estimate: its node groups, the rest of its bill, its capacity and schedule saving.</summary>
public sealed record ClusterCost(
    string Name,
    string Provider,
    string Region,
    decimal Monthly,
    decimal MonthlyMin,
    decimal MonthlyMax,
    ImmutableArray<NodeGroupCost> NodeGroups,
    ImmutableArray<CostLine> Lines,
    ClusterCapacity Capacity,
    ScheduleSaving Saving)
{
    public const string NodesCategory = "nodes";

    /// <summary>Monthly USD per category at desired sizes (nodes first, then the line categories in order of appearance); unpriced parts left out.</summary>
    public ImmutableArray<(string Category, decimal Monthly)> ByCategory() =>
    [
        (NodesCategory, NodeGroups.Sum(g => g.Monthly ?? 0m)),
        .. Lines.GroupBy(l => l.Category, StringComparer.Ordinal).Select(g => (g.Key, g.Sum(l => l.Monthly ?? 0m))),
    ];
}
