using System.Collections.Immutable;
using System.Globalization;

namespace FleetInfra.Core.Costs;

/// <summary>
/// The list prices FleetInfra estimates with: <c>Costs/prices.csv</c>, embedded in the core. A price that is not in
/// the table is never taken as zero: the estimator reports the row to add.
/// </summary>
public sealed class PriceTable
{
    public const string FileName = "prices.csv";

    /// <value>USD: the only currency of the table.</value>
    public const string Currency = "USD";

    private static readonly string[] Columns = ["provider", "region", "item", "unit", "usd", "as_of", "source"];

    private static readonly Lazy<PriceTable> Shipped = new(() => Parse(CsvTable.Resource(FileName)));

    private readonly ImmutableDictionary<(string Provider, string Region, string Item), PriceRow> _rows;

    private PriceTable(IEnumerable<PriceRow> rows)
    {
        Rows = [.. rows];
        _rows = Rows.ToImmutableDictionary(r => (r.Provider, r.Region, r.Item));
    }

    /// <summary>The table shipped in the repository.</summary>
    public static PriceTable Default => Shipped.Value;

    public ImmutableArray<PriceRow> Rows { get; }

    /// <summary>The latest <see cref="PriceRow.AsOf"/> of the table.</summary>
    public DateOnly AsOf => Rows.Max(r => r.AsOf);

    public static PriceTable Parse(string csv)
    {
        var rows = CsvTable.Parse(csv, FileName, Columns).Select(f => new PriceRow(
            f["provider"],
            f["region"],
            f["item"],
            f["unit"],
            decimal.Parse(f["usd"], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture),
            DateOnly.ParseExact(f["as_of"], "yyyy-MM-dd", CultureInfo.InvariantCulture),
            f["source"]));
        return new PriceTable(rows);
    }

    /// <summary>The price for the region, else the provider's price for every region (<c>*</c>), else null.</summary>
    public PriceRow? Find(string provider, string region, string item) =>
        _rows.TryGetValue((provider, region, item), out var row) || _rows.TryGetValue((provider, "*", item), out row) ? row : null;
}
