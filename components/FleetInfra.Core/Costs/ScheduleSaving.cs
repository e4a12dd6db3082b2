using System.Collections.Immutable;

namespace FleetInfra.Core.Costs;

/// <summary>
/// What working-hours schedules save on a cluster: node-hours the node autoscaler no longer runs while scheduled apps
/// are scaled to zero, priced at each group's node price. Baseline and saving are both per month.
/// </summary>
/// <param name="ScheduledApps">The apps with working hours, sorted.</param>
/// <param name="BaselineNodeHoursPerMonth">Node-hours the autoscaled groups run with every app at minimum replicas around the clock.</param>
/// <param name="SavedNodeHoursPerMonth">Node-hours fewer with the schedules.</param>
/// <param name="MonthlySaving">USD, null when a group's price is unknown.</param>
/// <param name="Note">Why nothing is saved, when so.</param>
public sealed record ScheduleSaving(
    ImmutableArray<string> ScheduledApps,
    double BaselineNodeHoursPerMonth,
    double SavedNodeHoursPerMonth,
    decimal? MonthlySaving,
    string? Note)
{
    public static readonly ScheduleSaving None = new([], 0, 0, 0m, null);
}
