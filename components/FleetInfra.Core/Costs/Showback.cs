using System.Collections.Immutable;
using FleetInfra.Core.Planning;

namespace FleetInfra.Core.Costs;

/// <summary>One app's (or the idle remainder's) share of a cluster's node cost, with its team.</summary>
/// <param name="Stack">The stack.</param>
/// <param name="Cluster">The cluster whose node groups the share is of.</param>
/// <param name="Team">The app's team, <c>(no team)</c>, or <c>(idle)</c> for the idle remainder.</param>
/// <param name="App">The app, or null for the idle remainder: capacity no app requests.</param>
/// <param name="Monthly">USD a month at desired sizes.</param>
public sealed record ShowbackLine(string Stack, string Cluster, string Team, string? App, decimal Monthly);

/// <summary>
/// Showback: each cluster's node groups that take apps are paid by the apps on them, each by its share of their
/// capacity at desired sizes (the larger of its CPU and memory requests at minimum replicas over the allocatable
/// capacity after the DaemonSet reserve); what no app requests is the idle remainder, shown as such.
/// </summary>
public static class Showback
{
    public const string NoTeam = "(no team)";

    public const string IdleTeam = "(idle)";

    public static ImmutableArray<ShowbackLine> Allocate(FleetPlan plan, CostEstimate estimate)
    {
        var teams = plan.Teams.SelectMany(t => t.Apps.Select(a => (App: a.Name, Team: t.Name))).ToDictionary(p => p.App, p => p.Team, StringComparer.Ordinal);
        var lines = ImmutableArray.CreateBuilder<ShowbackLine>();
        foreach (var (cluster, cost) in plan.Clusters.Zip(estimate.Clusters))
        {
            var pool = cost.NodeGroups.Where(g => cost.Capacity.NodeGroups.Contains(g.Name)).ToList();
            var nodes = pool.Sum(g => g.Monthly ?? 0m);
            var cpu = (decimal)cost.Capacity.CapacityCpuMillisAtDesired;
            var memory = (decimal)cost.Capacity.CapacityMemoryMiBAtDesired;
            if (nodes == 0 || cpu == 0 || memory == 0)
            {
                continue;
            }

            var shares = cluster.Apps.Select(app => (app.Name, Share: Math.Max(
                app.Cpu.Millicores * app.Scaling.MinReplicas / cpu,
                Math.Ceiling(app.Memory.Bytes / (decimal)Quantities.MemoryQuantity.Mebibyte) * app.Scaling.MinReplicas / memory))).ToList();
            var scale = Math.Max(1m, shares.Sum(s => s.Share));
            var allocated = 0m;
            foreach (var (app, share) in shares)
            {
                var monthly = Math.Round(nodes * share / scale, 2, MidpointRounding.AwayFromZero);
                allocated += monthly;
                lines.Add(new ShowbackLine(plan.Stack, cluster.Name, teams.GetValueOrDefault(app, NoTeam), app, monthly));
            }

            lines.Add(new ShowbackLine(plan.Stack, cluster.Name, IdleTeam, null, nodes - allocated));
        }

        return lines.ToImmutable();
    }
}
