namespace FleetInfra.Core.Costs;

/// <summary>One list price of <c>prices.csv</c>.</summary>
/// <param name="Provider"><c>aws</c> or <c>gcp</c>.</param>
/// <param name="Region">A region, or <c>*</c> for a price that is the same in every region.</param>
/// <param name="Item">What is priced, like <c>instance:m6i.large:on-demand</c> or <c>vpc:nat-gateway</c>.</param>
/// <param name="Unit"><c>hour</c>, <c>month</c> or <c>gb-month</c>.</param>
/// <param name="Usd">The price in US dollars per unit.</param>
/// <param name="AsOf">The day the price was read from <paramref name="Source"/>.</param>
/// <param name="Source">The public price page.</param>
public sealed record PriceRow(string Provider, string Region, string Item, string Unit, decimal Usd, DateOnly AsOf, string Source);
