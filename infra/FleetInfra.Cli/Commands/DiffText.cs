using FleetInfra.Core.Diffing;

namespace FleetInfra.Cli.Commands;

/// <summary>The words the terminal and Markdown forms of <c>fleet diff</c> share.</summary>
internal static class DiffText
{
    public static string Name(DiffChange change) => change.ToString().ToLowerInvariant();

    /// <summary>One line per cluster: what happens to it, its objects, plan, pods and hazards.</summary>
    public static string Summary(ClusterDiff cluster)
    {
        var parts = new List<string>();
        var counts = Enum.GetValues<DiffChange>().Select(c => (Change: c, Count: cluster.CountOf(c))).Where(c => c.Count > 0).Select(c => $"{c.Count} {Name(c.Change)}").ToList();
        parts.Add(counts.Count == 0 ? "no object changes" : $"objects: {string.Join(", ", counts)}");
        if (!cluster.Plan.IsEmpty)
        {
            parts.Add($"{cluster.Plan.Length} plan change{Plural(cluster.Plan.Length)}");
        }

        var rollout = cluster.Rollout;
        if (!rollout.Restarts.IsEmpty)
        {
            parts.Add($"{rollout.PodsRestarting} pod{Plural(rollout.PodsRestarting)} restart{(rollout.PodsRestarting == 1 ? "s" : string.Empty)} ({string.Join(", ", rollout.Restarts.Select(r => $"{r.App} {r.Pods}"))})");
        }

        if (!rollout.ScalingDown.IsEmpty)
        {
            parts.Add($"scaling down: {string.Join(", ", rollout.ScalingDown.Select(s => $"{s.App} {s.MinBefore}..{s.MaxBefore} to {s.MinAfter}..{s.MaxAfter}"))}");
        }

        var errors = cluster.Hazards.Count(h => h.Level == Core.Policies.PolicyLevel.Error);
        var warnings = cluster.Hazards.Length - errors;
        parts.Add(cluster.Hazards.IsEmpty ? "no hazards" : $"hazards: {errors} error{Plural(errors)}, {warnings} warning{Plural(warnings)}");
        var what = cluster.Change switch
        {
            DiffChange.Added => " (new cluster)",
            DiffChange.Removed => " (removed)",
            _ => string.Empty,
        };
        return $"{cluster.Name}{what}: {string.Join("; ", parts)}";
    }

    private static string Plural(int count) => count == 1 ? string.Empty : "s";
}
