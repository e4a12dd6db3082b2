using System.Globalization;
using FleetInfra.Core.Costs;
using Spectre.Console;

namespace FleetInfra.Cli.Commands;

/// <summary>Prints a <see cref="CostEstimate"/> or <see cref="CostDiff"/> as tables; every number comes from the core.</summary>
internal static class CostTables
{
    public static void Write(IAnsiConsole terminal, CostEstimate estimate)
    {
        terminal.WriteLine($"Stack {estimate.Stack} (environment {estimate.Environment}): monthly estimate in {estimate.Currency} list prices as of {estimate.PricesAsOf:yyyy-MM-dd}, {estimate.HoursPerMonth} hours a month");
        if (estimate.PricesOldestAsOf is { } oldest)
        {
            var days = DateOnly.FromDateTime(DateTime.UtcNow).DayNumber - oldest.DayNumber;
            terminal.WriteLine($"Prices: the oldest price used is from {oldest:yyyy-MM-dd}, {days} day{(days == 1 ? string.Empty : "s")} old; 'fleet prices update' or 'fleet prices import' refreshes them");
        }

        var bill = new Table().Title("Monthly estimate").AddColumns("cluster", "part", "detail", "at desired", "min..max", "on-demand", "spot");
        foreach (var cluster in estimate.Clusters)
        {
            foreach (var group in cluster.NodeGroups)
            {
                bill.AddRow(
                    Markup.Escape(cluster.Name),
                    Markup.Escape($"node group {group.Name}"),
                    Markup.Escape($"{group.DesiredSize} x {group.InstanceType} ({group.MinSize}-{group.MaxSize}){(group.Spot ? " spot" : string.Empty)}{(group.Note is null ? string.Empty : $"\n{group.Note}")}"),
                    Usd(group.Monthly),
                    $"{Usd(group.MonthlyMin)}..{Usd(group.MonthlyMax)}",
                    Usd(group.MonthlyOnDemand),
                    Usd(group.MonthlySpot));
            }

            foreach (var line in cluster.Lines)
            {
                bill.AddRow(
                    Markup.Escape(cluster.Name),
                    Markup.Escape(line.Item),
                    Markup.Escape($"{line.Quantity.ToString("0.##", CultureInfo.InvariantCulture)} {line.Unit} at {Usd(line.UnitUsd, 4)}: {line.Note}"),
                    Usd(line.Monthly),
                    line.MonthlyMin == line.MonthlyMax ? string.Empty : $"{Usd(line.MonthlyMin)}..{Usd(line.MonthlyMax)}",
                    string.Empty,
                    string.Empty);
            }

            bill.AddRow($"[bold]{Markup.Escape(cluster.Name)}[/]", "[bold]cluster total[/]", string.Empty, $"[bold]{Usd(cluster.Monthly)}[/]", $"{Usd(cluster.MonthlyMin)}..{Usd(cluster.MonthlyMax)}", string.Empty, string.Empty);
        }

        terminal.Write(bill);
        WriteCapacity(terminal, estimate);
        WriteSavings(terminal, estimate);
        var schedules = estimate.Clusters.Any(c => !c.Saving.ScheduledApps.IsEmpty)
            ? $"; with schedules about {Usd(estimate.MonthlyWithSchedules)} ({estimate.SavedNodeHoursPerMonth.ToString("0.#", CultureInfo.InvariantCulture)} node-hours saved)"
            : string.Empty;
        terminal.WriteLine($"Total: {Usd(estimate.Monthly)} a month at desired sizes ({Usd(estimate.MonthlyMin)} at min, {Usd(estimate.MonthlyMax)} at max){schedules}{(estimate.Complete ? string.Empty : "; INCOMPLETE: some prices are missing, see the warnings")}");
        foreach (var warning in estimate.Warnings)
        {
            terminal.WriteLine($"warning: {warning}");
        }
    }

    public static void WriteDiff(IAnsiConsole terminal, CostDiff diff)
    {
        terminal.WriteLine($"Stack {diff.Stack} against {diff.Base}: {Usd(diff.Before)} -> {Usd(diff.After)} a month ({Signed(diff.Delta)}); schedule saving {Usd(diff.SavingBefore)} -> {Usd(diff.SavingAfter)}");
        var table = new Table().Title("Monthly cost change").AddColumns("cluster", "part", "before", "after", "change");
        foreach (var change in diff.Changes)
        {
            table.AddRow(Markup.Escape(change.Cluster), Markup.Escape(change.Part), Usd(change.Before), Usd(change.After), Signed(change.Delta));
        }

        terminal.Write(table);
    }

    private static void WriteCapacity(IAnsiConsole terminal, CostEstimate estimate)
    {
        var table = new Table().Title("Capacity (requests against allocatable, after the DaemonSet reserve)")
            .AddColumns("cluster", "node group", "allocatable per node", "requested at min", "requested at max", "capacity at desired", "utilisation", "nodes needed min/max", "status");
        foreach (var cluster in estimate.Clusters)
        {
            var capacity = cluster.Capacity;
            foreach (var group in cluster.NodeGroups)
            {
                var c = group.Capacity;
                var pooled = capacity.NodeGroups.Contains(group.Name);
                table.AddRow(
                    Markup.Escape(cluster.Name),
                    Markup.Escape(group.Name),
                    c.AllocatableCpuMillis is { } cpu ? $"{cpu}m, {c.AllocatableMemoryMiB}Mi" : "unknown",
                    pooled ? $"{capacity.RequestedCpuMillisAtMin}m, {capacity.RequestedMemoryMiBAtMin}Mi" : "-",
                    pooled ? $"{capacity.RequestedCpuMillisAtMax}m, {capacity.RequestedMemoryMiBAtMax}Mi" : "-",
                    pooled ? $"{capacity.CapacityCpuMillisAtDesired}m, {capacity.CapacityMemoryMiBAtDesired}Mi" : "-",
                    c.CpuUtilisationPercent is { } cpuPercent ? $"CPU {cpuPercent:0.#}%, memory {c.MemoryUtilisationPercent:0.#}%" : "-",
                    $"{c.NodesNeededAtMin}/{c.NodesNeededAtMax}",
                    Markup.Escape(c.Status));
            }
        }

        terminal.Write(table);
    }

    private static void WriteSavings(IAnsiConsole terminal, CostEstimate estimate)
    {
        var scheduled = estimate.Clusters.Where(c => !c.Saving.ScheduledApps.IsEmpty).ToList();
        if (scheduled.Count == 0)
        {
            return;
        }

        var table = new Table().Title("Working-hours schedules (node autoscaler shrinks the groups off-hours)")
            .AddColumns("cluster", "scheduled apps", "node-hours a month", "saved node-hours", "saving a month");
        foreach (var cluster in scheduled)
        {
            var saving = cluster.Saving;
            table.AddRow(
                Markup.Escape(cluster.Name),
                Markup.Escape(string.Join(", ", saving.ScheduledApps)),
                saving.BaselineNodeHoursPerMonth.ToString("0.#", CultureInfo.InvariantCulture),
                saving.SavedNodeHoursPerMonth.ToString("0.#", CultureInfo.InvariantCulture),
                Markup.Escape($"{Usd(saving.MonthlySaving)}{(saving.Note is null ? string.Empty : $"\n{saving.Note}")}"));
        }

        terminal.Write(table);
    }

    private static string Usd(decimal? amount, int decimals = 2) =>
        amount is { } usd ? "$" + usd.ToString(decimals == 2 ? "#,0.00" : "#,0.00##", CultureInfo.InvariantCulture) : "unpriced";

    private static string Signed(decimal amount) => (amount >= 0 ? "+" : "-") + Usd(Math.Abs(amount));
}
