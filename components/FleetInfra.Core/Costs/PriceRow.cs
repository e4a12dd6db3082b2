namespace FleetInfra.Core.Costs;

/// <summary>One row of a price table (<c>prices.csv</c>, or one <c>fleet prices import</c> wrote).</summary>
/// <param name="Provider"><c>aws</c> or <c>gcp</c>.</param>
/// <param name="Region">A region, or <c>*</c> for a price that is the same in every region.</param>
/// <param name="Item">What is priced, like <c>instance:m6i.large:on-demand</c> or <c>vpc:nat-gateway</c>; <c>machine:TYPE:vcpu</c> and <c>machine:TYPE:memory-mib</c> rows hold an instance type's specs instead of a price.</param>
/// <param name="Unit"><c>hour</c>, <c>month</c>, <c>gb-month</c>, <c>gib-hour</c>; <c>vcpu</c> or <c>mib</c> for the spec rows.</param>
/// <param name="Usd">The price in US dollars per unit (for spec rows: the number of vCPUs or MiB).</param>
/// <param name="AsOf">The day the price was read from <paramref name="Source"/>.</param>
/// <param name="Source">The public price page or price list file it was read from; <c>(indicative)</c> marks spot prices that move.</param>
public sealed record PriceRow(string Provider, string Region, string Item, string Unit, decimal Usd, DateOnly AsOf, string Source)
{
    /// <summary>The key an import replaces a row by.</summary>
    public (string Provider, string Region, string Item) Key => (Provider, Region, Item);
}
