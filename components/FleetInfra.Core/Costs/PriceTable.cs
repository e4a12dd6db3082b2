using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace FleetInfra.Core.Costs;

/// <summary>
/// The list prices FleetInfra estimates with: <c>Costs/prices.csv</c>, embedded in the core, with a table written by
/// <c>fleet prices import</c> on top (<see cref="Merge"/>). A price that is not in the table is never taken as zero:
/// the estimator names the command that adds it.
/// </summary>
public sealed class PriceTable
{
    public const string FileName = "prices.csv";

    /// <value>USD: the only currency of the table.</value>
    public const string Currency = "USD";

    private static readonly string[] Columns = ["provider", "region", "item", "unit", "usd", "as_of", "source"];

    private static readonly Lazy<PriceTable> Shipped = new(() => Parse(CsvTable.Resource(FileName)));

    // A plain dictionary, never changed after the constructor: planning looks rows up on every plan, and building an
    // immutable (tree) dictionary of the shipped table was a visible share of a small render.
    private readonly Dictionary<(string Provider, string Region, string Item), PriceRow> _rows;

    private PriceTable(IEnumerable<PriceRow> rows)
    {
        Rows = [.. rows];
        _rows = new Dictionary<(string Provider, string Region, string Item), PriceRow>(Rows.Length);
        foreach (var row in Rows)
        {
            _rows.Add(row.Key, row);
        }
    }

    /// <summary>The table shipped in the repository.</summary>
    public static PriceTable Default => Shipped.Value;

    /// <summary>A table with no row: what an import into a new file starts from.</summary>
    public static PriceTable Empty { get; } = new([]);

    public ImmutableArray<PriceRow> Rows { get; }

    /// <summary>The latest <see cref="PriceRow.AsOf"/> of the table.</summary>
    public DateOnly AsOf => Rows.IsEmpty ? DateOnly.MinValue : Rows.Max(r => r.AsOf);

    /// <summary>Reads a price table; a malformed one throws <see cref="TableFormatException"/> with one line <c>name:line:col: message</c>.</summary>
    public static PriceTable Parse(string csv, string name = FileName)
    {
        var rows = CsvTable.Parse(csv, name, Columns).Select(f => new PriceRow(
            f["provider"],
            f["region"],
            f["item"],
            f["unit"],
            f.Parse<decimal>("usd", t => decimal.TryParse(t, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var usd) ? usd : null, "a price like 0.096"),
            f.Parse<DateOnly>("as_of", t => DateOnly.TryParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null, "a date like 2025-06-01"),
            f["source"]));
        return new PriceTable(rows.GroupBy(r => r.Key).Select(g => g.Last()));
    }

    /// <summary>This table with <paramref name="rows"/> on top: a row replaces the row of the same provider, region and item.</summary>
    public PriceTable Merge(IEnumerable<PriceRow> rows)
    {
        var merged = new Dictionary<(string Provider, string Region, string Item), PriceRow>(_rows);
        foreach (var row in rows)
        {
            merged[row.Key] = row;
        }

        return new PriceTable(merged.Values
            .OrderBy(r => r.Provider, StringComparer.Ordinal)
            .ThenBy(r => r.Region, StringComparer.Ordinal)
            .ThenBy(r => r.Item, StringComparer.Ordinal));
    }

    /// <summary>The price for the region, else the provider's price for every region (<c>*</c>), else null.</summary>
    public PriceRow? Find(string provider, string region, string item) =>
        _rows.TryGetValue((provider, region, item), out var row) || _rows.TryGetValue((provider, "*", item), out row) ? row : null;

    /// <summary>The table as CSV, in the format <see cref="Parse"/> reads, one row per line in a stable order.</summary>
    public string ToCsv()
    {
        var text = new StringBuilder()
            .Append("# FleetInfra price table written by `fleet prices import`: public list prices in USD, each row with the file it was read from\n")
            .Append("# and its date. Rows marked (indicative) are spot prices, which move. `fleet cost --prices FILE` reads it on top of the shipped table.\n")
            .Append(string.Join(',', Columns)).Append('\n');
        foreach (var row in Rows)
        {
            text.Append(CultureInfo.InvariantCulture, $"{row.Provider},{row.Region},{row.Item},{row.Unit},{row.Usd.ToString("0.##########", CultureInfo.InvariantCulture)},{row.AsOf:yyyy-MM-dd},{row.Source.Replace(',', ';')}\n");
        }

        return text.ToString();
    }
}
