using System.Globalization;
using FleetInfra.Core.Costs;

namespace FleetInfra.Core.Reporting.Html;

/// <summary>The report's charts, drawn from a <see cref="CostEstimate"/>.</summary>
public static class ReportCharts
{
    /// <summary>Category colours, in the order categories appear in the cost chart.</summary>
    private static readonly (string Category, string Color)[] Categories =
    [
        (ClusterCost.NodesCategory, "#2563eb"),
        ("control-plane", "#7c3aed"),
        ("load-balancer", "#db2777"),
        ("nat", "#ea580c"),
        ("storage", "#65a30d"),
        ("encryption", "#0891b2"),
        ("certificate", "#ca8a04"),
        ("dns", "#4b5563"),
        ("static-ip", "#9ca3af"),
    ];

    /// <summary>CPU requested at minimum and maximum replicas against capacity at desired and maximum sizes, per cluster (cores).</summary>
    public static string CapacityCpu(CostEstimate estimate) => Capacity(
        estimate, "capacity-cpu", "CPU: requests against capacity (cores)",
        c => [c.RequestedCpuMillisAtMin, c.RequestedCpuMillisAtMax, c.CapacityCpuMillisAtDesired, c.CapacityCpuMillisAtMax], 1000.0, "cores");

    /// <summary>The same for memory (GiB).</summary>
    public static string CapacityMemory(CostEstimate estimate) => Capacity(
        estimate, "capacity-memory", "Memory: requests against capacity (GiB)",
        c => [c.RequestedMemoryMiBAtMin, c.RequestedMemoryMiBAtMax, c.CapacityMemoryMiBAtDesired, c.CapacityMemoryMiBAtMax], 1024.0, "GiB");

    /// <summary>Monthly cost per cluster stacked by category (nodes, control plane, load balancers, NAT, storage, ...).</summary>
    public static string CostBreakdown(CostEstimate estimate)
    {
        var rows = estimate.Clusters.Select(c => c.Name).ToList();
        var byCluster = estimate.Clusters.Select(c => c.ByCategory().ToDictionary(x => x.Category, x => (double)x.Monthly, StringComparer.Ordinal)).ToList();
        var series = Categories
            .Where(k => byCluster.Any(c => c.GetValueOrDefault(k.Category) > 0))
            .Select(k => new ChartSeries(k.Category, k.Category, k.Color, [.. byCluster.Select(c => c.GetValueOrDefault(k.Category))]))
            .ToList();
        return SvgBarChart.Render("cost", "Monthly cost by cluster and category (USD)", rows, series, stacked: true, Usd);
    }

    /// <summary>Node-hours a month without and with the working-hours schedules, per cluster with scheduled apps.</summary>
    public static string Savings(CostEstimate estimate)
    {
        var clusters = estimate.Clusters.Where(c => !c.Saving.ScheduledApps.IsEmpty).ToList();
        var series = new List<ChartSeries>
        {
            new("baseline-node-hours", "around the clock", "#9ca3af", [.. clusters.Select(c => c.Saving.BaselineNodeHoursPerMonth)]),
            new("scheduled-node-hours", "with schedules", "#16a34a", [.. clusters.Select(c => c.Saving.BaselineNodeHoursPerMonth - c.Saving.SavedNodeHoursPerMonth)]),
        };
        return SvgBarChart.Render("savings", "Node-hours a month, around the clock and with schedules", [.. clusters.Select(c => c.Name)], series, stacked: false,
            v => $"{v.ToString("#,0", CultureInfo.InvariantCulture)} h");
    }

    public static string Usd(double amount) => "$" + amount.ToString("#,0.00", CultureInfo.InvariantCulture);

    private static string Capacity(CostEstimate estimate, string id, string title, Func<ClusterCapacity, int[]> values, double divisor, string unit)
    {
        var rows = estimate.Clusters.Select(c => c.Name).ToList();
        var points = estimate.Clusters.Select(c => values(c.Capacity)).ToList();
        string[] keys = ["requested-min", "requested-max", "capacity-desired", "capacity-max"];
        string[] labels = ["requested at min replicas", "requested at max replicas", "capacity at desired", "capacity at max"];
        string[] colors = ["#2563eb", "#93c5fd", "#16a34a", "#bbf7d0"];
        var series = keys.Select((key, i) => new ChartSeries(key, labels[i], colors[i], [.. points.Select(p => p[i] / divisor)])).ToList();
        return SvgBarChart.Render(id, title, rows, series, stacked: false, v => $"{v.ToString("0.#", CultureInfo.InvariantCulture)} {unit}");
    }
}
