using System.Collections.Immutable;
using FleetInfra.Core.Config;
using FleetInfra.Core.Planning;
using FleetInfra.Core.Scheduling;

namespace FleetInfra.Core.Costs;

/// <summary>
/// Node-hours saved by working-hours schedules, given the node autoscaler. The week is cut into spans by which
/// schedules are active (minute by minute, in UTC, daylight saving ignored); in each span the apps that run are packed
/// (<see cref="BinPacking"/>) and every group that can shrink runs the nodes they need, kept within its min and max.
/// The saving is the node-hours of that against the same with every app at minimum replicas all week, times 730/168.
/// </summary>
internal static class ScheduleSavings
{
    public static ScheduleSaving For(ClusterPlan cluster, CapacityPool pool, IReadOnlyDictionary<string, decimal?> hourlyByGroup)
    {
        var scheduled = cluster.Apps.Where(a => a.Scaling.Scheduled).ToList();
        if (scheduled.Count == 0)
        {
            return ScheduleSaving.None;
        }

        var schedules = scheduled.Select(a => a.Scaling.Schedule!).Distinct().ToList();
        var minutesBySpan = MinutesBySpan(schedules);
        var all = (1 << schedules.Count) - 1;
        int[] Nodes(int span)
        {
            var running = cluster.Apps.Where(a => a.Scaling.Schedule is not { } s || (span & (1 << schedules.IndexOf(s))) != 0);
            var packed = pool.Pack(CapacityPool.Pods(running, atMax: false));
            return [.. pool.Groups.Select((g, i) => CanShrink(cluster, g) ? Math.Clamp(packed.NodesPerGroup[i], g.MinSize, g.MaxSize) : g.DesiredSize)];
        }

        var always = Nodes(all);
        var monthsPerWeek = (double)CostAssumptions.HoursPerMonth / CostAssumptions.HoursPerWeek;
        var saved = new double[pool.Groups.Length];
        foreach (var (span, minutes) in minutesBySpan.Where(s => s.Key != all))
        {
            var nodes = Nodes(span);
            for (var g = 0; g < saved.Length; g++)
            {
                saved[g] += Math.Max(0, always[g] - nodes[g]) * (minutes / 60.0) * monthsPerWeek;
            }
        }

        decimal? money = 0m;
        for (var g = 0; g < saved.Length; g++)
        {
            if (saved[g] > 0)
            {
                money = hourlyByGroup[pool.Groups[g].Name] is { } hourly && money is { } sum ? sum + ((decimal)saved[g] * hourly) : null;
            }
        }

        var savedHours = Math.Round(saved.Sum(), 1);
        string? note = null;
        if (!pool.Groups.Any(g => CanShrink(cluster, g)))
        {
            note = "no node group can shrink (minSize equals maxSize, or the node autoscaler is off), so the apps stop but the nodes keep running";
        }
        else if (savedHours == 0)
        {
            note = "the apps that keep running, or the node groups' minSize, need every node anyway";
        }

        return new ScheduleSaving(
            [.. scheduled.Select(a => a.Name).Order(StringComparer.Ordinal)],
            Math.Round(always.Sum() * (double)CostAssumptions.HoursPerMonth, 1),
            savedHours,
            money is { } total ? Math.Round(total, 2, MidpointRounding.AwayFromZero) : null,
            note);
    }

    /// <summary>EKS groups scaled by the planned Cluster Autoscaler; GKE pools autoscale whenever min &lt; max.</summary>
    public static bool CanShrink(ClusterPlan cluster, NodeGroupConfig group) =>
        group.MinSize < group.MaxSize
        && (cluster.Provider == CloudProvider.Gke || (cluster.Addons.NodeAutoscaler?.NodeGroups.Contains(group.Name) ?? false));

    /// <summary>Minutes of the week per set of active schedules (bit i set when schedule i is active).</summary>
    private static Dictionary<int, int> MinutesBySpan(IReadOnlyList<WorkingHours> schedules)
    {
        var active = schedules.Select(s => s.ActiveMinutesUtc()).ToList();
        var spans = new Dictionary<int, int>();
        for (var minute = 0; minute < WorkingHours.MinutesPerWeek; minute++)
        {
            var span = 0;
            for (var i = 0; i < active.Count; i++)
            {
                span |= active[i][minute] ? 1 << i : 0;
            }

            spans[span] = spans.GetValueOrDefault(span) + 1;
        }

        return spans;
    }
}
