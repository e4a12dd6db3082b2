namespace FleetInfra.Core.Costs;

/// <summary>
/// One part of a cluster's bill besides its nodes, like its control plane or NAT gateways. Amounts are monthly USD
/// rounded to cents at the node groups' desired sizes, and at their min and max sizes; null when the price is not in
/// the table (a warning names the row to add).
/// </summary>
/// <param name="Category">control-plane, load-balancer, nat, storage, encryption, certificate, dns or static-ip.</param>
/// <param name="Item">The priced item of prices.csv, like <c>vpc:nat-gateway</c>.</param>
/// <param name="Quantity">How many units at the desired sizes (hours are per month: a quantity of 3 NAT gateways means 3 x 730 hours).</param>
/// <param name="Unit"><c>hour</c>, <c>month</c> or <c>gb-month</c>.</param>
/// <param name="UnitUsd">The list price per unit.</param>
/// <param name="Monthly">At the desired sizes.</param>
/// <param name="MonthlyMin">At the minimum sizes.</param>
/// <param name="MonthlyMax">At the maximum sizes.</param>
/// <param name="Note">What is and is not included.</param>
public sealed record CostLine(
    string Category,
    string Item,
    decimal Quantity,
    string Unit,
    decimal? UnitUsd,
    decimal? Monthly,
    decimal? MonthlyMin,
    decimal? MonthlyMax,
    string Note);
