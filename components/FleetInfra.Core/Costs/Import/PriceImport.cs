using System.Collections.Immutable;

namespace FleetInfra.Core.Costs.Import;

/// <summary>
/// <c>fleet prices import</c>: turns price list files in the providers' published formats into price table rows. A
/// file that is not one of the formats, or is malformed, throws <see cref="InvalidDataException"/> with one line
/// <c>file:line:col: path: message</c>.
/// </summary>
public static class PriceImport
{
    /// <summary>An AWS Price List offer file or a DescribeSpotPriceHistory result, told apart by content.</summary>
    public static ImmutableArray<PriceRow> Aws(string text, string fileName)
    {
        var file = new PriceFile(fileName);
        using var json = file.Parse(text);
        var root = json.RootElement;
        if (AwsOfferFile.IsOffer(root))
        {
            return [.. AwsOfferFile.Read(root, file)];
        }

        if (AwsSpotHistoryFile.IsSpotHistory(root))
        {
            return [.. AwsSpotHistoryFile.Read(root, file)];
        }

        throw file.Error("$", "is neither an AWS Price List offer file (products and terms) nor DescribeSpotPriceHistory output (SpotPriceHistory); download an offer file with 'fleet prices update' or from the Price List Bulk API");
    }

    /// <summary>A Cloud Billing Catalog SKU list (the response of services.skus.list).</summary>
    public static ImmutableArray<PriceRow> Gcp(string text, string fileName)
    {
        var file = new PriceFile(fileName);
        using var json = file.Parse(text);
        return GcpCatalogFile.IsCatalog(json.RootElement)
            ? [.. GcpCatalogFile.Read(json.RootElement, file)]
            : throw file.Error("$", "is not a Cloud Billing Catalog SKU list (skus[]); download one with 'fleet prices update' or from services.skus.list");
    }
}
