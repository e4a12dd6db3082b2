using System.Collections.Immutable;

namespace FleetInfra.Core.Costs;

/// <summary>One part of the bill whose monthly amount changed between two estimates (USD; null where absent or unpriced).</summary>
public sealed record CostChange(string Cluster, string Part, decimal? Before, decimal? After, decimal Delta);

/// <summary>
/// What a change costs: <c>fleet cost --diff</c>. Parts are matched by cluster and by node group or priced item;
/// parts that did not change are left out.
/// </summary>
public sealed record CostDiff(string Base, string Stack, decimal Before, decimal After, decimal Delta, decimal SavingBefore, decimal SavingAfter, ImmutableArray<CostChange> Changes)
{
    public static CostDiff Between(CostEstimate before, CostEstimate after, string baseName)
    {
        var old = Parts(before);
        var current = Parts(after);
        var changes = old.Keys.Union(current.Keys)
            .Order()
            .Select(key => (key, Before: old.GetValueOrDefault(key), After: current.GetValueOrDefault(key)))
            .Where(p => p.Before != p.After)
            .Select(p => new CostChange(p.key.Cluster, p.key.Part, p.Before, p.After, (p.After ?? 0m) - (p.Before ?? 0m)))
            .ToImmutableArray();
        return new CostDiff(baseName, after.Stack, before.Monthly, after.Monthly, after.Monthly - before.Monthly, before.ScheduleSaving, after.ScheduleSaving, changes);
    }

    private static Dictionary<(string Cluster, string Part), decimal?> Parts(CostEstimate estimate)
    {
        var parts = new Dictionary<(string, string), decimal?>();
        foreach (var cluster in estimate.Clusters)
        {
            foreach (var group in cluster.NodeGroups)
            {
                parts[(cluster.Name, $"node group {group.Name}")] = group.Monthly;
            }

            foreach (var line in cluster.Lines)
            {
                parts[(cluster.Name, line.Item)] = (parts.GetValueOrDefault((cluster.Name, line.Item)) ?? 0m) + line.Monthly;
            }

            parts[(cluster.Name, "schedule saving")] = cluster.Saving.MonthlySaving is { } saving and not 0m ? -saving : null;
        }

        return parts;
    }
}
