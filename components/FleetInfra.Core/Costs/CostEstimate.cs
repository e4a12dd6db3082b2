using System.Collections.Immutable;

namespace FleetInfra.Core.Costs;

/// <summary>
/// The monthly estimate of a stack in USD list prices (<c>fleet cost</c>): per cluster and node group, at desired sizes
/// and over the min..max range, with the capacity estimate and what schedules save. Pure data: what <c>--json</c> prints.
/// </summary>
public sealed record CostEstimate
{
    public required string Stack { get; init; }

    public required string Environment { get; init; }

    public string Currency { get; init; } = PriceTable.Currency;

    /// <summary>The date of the newest row of the price table.</summary>
    public required DateOnly PricesAsOf { get; init; }

    /// <summary>The date of the oldest price the estimate used: how old its prices are (null when it used none).</summary>
    public DateOnly? PricesOldestAsOf { get; init; }

    public int HoursPerMonth { get; init; } = CostAssumptions.HoursPerMonth;

    /// <summary>At desired sizes, every priced part.</summary>
    public required decimal Monthly { get; init; }

    public required decimal MonthlyMin { get; init; }

    public required decimal MonthlyMax { get; init; }

    /// <summary>What schedules save per month, already priced.</summary>
    public required decimal ScheduleSaving { get; init; }

    public required double SavedNodeHoursPerMonth { get; init; }

    /// <summary><see cref="Monthly"/> less <see cref="ScheduleSaving"/>.</summary>
    public decimal MonthlyWithSchedules => Monthly - ScheduleSaving;

    /// <summary>False when a price or machine type was missing: the totals leave those parts out, and a warning names each.</summary>
    public required bool Complete { get; init; }

    public required ImmutableArray<ClusterCost> Clusters { get; init; }

    /// <summary>Missing prices or types, over- and under-provisioned groups, sorted.</summary>
    public required ImmutableArray<string> Warnings { get; init; }
}
