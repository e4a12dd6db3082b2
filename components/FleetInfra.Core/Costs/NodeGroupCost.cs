namespace FleetInfra.Core.Costs;

/// <summary>A node group's compute cost per month (USD, rounded to cents), with its capacity estimate.</summary>
/// <param name="Name">The node group.</param>
/// <param name="InstanceType">The type priced: the first listed (EKS launches the first for on-demand capacity).</param>
/// <param name="Spot">The group runs spot capacity, so <paramref name="Monthly"/> uses the spot price.</param>
/// <param name="MinSize">Nodes at least.</param>
/// <param name="DesiredSize">Nodes the estimate assumes.</param>
/// <param name="MaxSize">Nodes at most.</param>
/// <param name="HourlyOnDemand">On-demand list price per node-hour, null when not in the table.</param>
/// <param name="HourlySpot">Spot price per node-hour, null when not in the table.</param>
/// <param name="Monthly">At desiredSize with the group's pricing (spot or on-demand).</param>
/// <param name="MonthlyMin">At minSize.</param>
/// <param name="MonthlyMax">At maxSize.</param>
/// <param name="MonthlyOnDemand">At desiredSize, on-demand.</param>
/// <param name="MonthlySpot">At desiredSize, spot.</param>
/// <param name="Capacity">Requests against allocatable capacity.</param>
/// <param name="Note">Which type of several was priced, if any.</param>
public sealed record NodeGroupCost(
    string Name,
    string InstanceType,
    bool Spot,
    int MinSize,
    int DesiredSize,
    int MaxSize,
    decimal? HourlyOnDemand,
    decimal? HourlySpot,
    decimal? Monthly,
    decimal? MonthlyMin,
    decimal? MonthlyMax,
    decimal? MonthlyOnDemand,
    decimal? MonthlySpot,
    NodeGroupCapacity Capacity,
    string? Note)
{
    /// <summary>The price per node-hour the group pays.</summary>
    public decimal? Hourly => Spot ? HourlySpot : HourlyOnDemand;
}
