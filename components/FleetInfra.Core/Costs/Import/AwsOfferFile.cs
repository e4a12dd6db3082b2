using System.Text.Json;

namespace FleetInfra.Core.Costs.Import;

/// <summary>
/// Reads an AWS Price List bulk offer file in its JSON format ("Reading the service price list file for an AWS
/// service", AWS Billing and Cost Management user guide, docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/
/// reading-service-price-list-file-for-services.html): <c>products[sku]</c> with <c>productFamily</c> and
/// <c>attributes</c>, and <c>terms.OnDemand[sku][offerTermCode].priceDimensions[rateCode].pricePerUnit.USD</c>.
/// Only what the cost model prices becomes a row (<see cref="AwsOfferItems"/>); everything else is skipped.
/// </summary>
internal static class AwsOfferFile
{
    public static bool IsOffer(JsonElement root) => PriceFile.Child(root, "products") is { ValueKind: JsonValueKind.Object } && PriceFile.Child(root, "terms") is not null;

    public static IEnumerable<PriceRow> Read(JsonElement root, PriceFile file)
    {
        var offer = PriceFile.Text(root, "offerCode") ?? "AWS";
        var published = PriceFile.Day(PriceFile.Text(root, "publicationDate"))
            ?? throw file.Error("publicationDate", "is missing or not a date; an offer file states when it was published, like 2025-06-01T00:00:00Z");
        var onDemand = PriceFile.Child(PriceFile.Child(root, "terms") ?? default, "OnDemand");
        var source = $"{Path.GetFileName(file.Name)} (AWS Price List {offer} offer of {published:yyyy-MM-dd})";
        foreach (var product in root.GetProperty("products").EnumerateObject())
        {
            var attributes = PriceFile.Child(product.Value, "attributes") ?? default;
            foreach (var (item, region, unit) in AwsOfferItems.Match(offer, PriceFile.Text(product.Value, "productFamily"), attributes))
            {
                if (onDemand is { } terms && OnDemandUsd(terms, product.Name, file) is { } usd)
                {
                    yield return new PriceRow("aws", region, item, unit, usd, published, source);
                }
            }

            foreach (var spec in AwsOfferItems.Specs(offer, PriceFile.Text(product.Value, "productFamily"), attributes, file, $"products.{product.Name}.attributes"))
            {
                yield return spec with { AsOf = published, Source = source };
            }
        }
    }

    /// <summary>The product's on-demand price per unit in USD: the first tier (beginRange 0) of its first term.</summary>
    private static decimal? OnDemandUsd(JsonElement onDemand, string sku, PriceFile file)
    {
        if (PriceFile.Child(onDemand, sku) is not { ValueKind: JsonValueKind.Object } terms)
        {
            return null;
        }

        foreach (var term in terms.EnumerateObject())
        {
            if (PriceFile.Child(term.Value, "priceDimensions") is not { ValueKind: JsonValueKind.Object } dimensions)
            {
                continue;
            }

            var first = dimensions.EnumerateObject()
                .OrderBy(d => PriceFile.Text(d.Value, "beginRange") is null or "0" ? 0 : 1)
                .Select(d => (d.Name, Usd: PriceFile.Text(PriceFile.Child(d.Value, "pricePerUnit") ?? default, "USD")))
                .FirstOrDefault(d => d.Usd is not null);
            if (first.Usd is not null)
            {
                return file.Number(first.Usd, $"terms.OnDemand.{sku}.{term.Name}.priceDimensions.{first.Name}.pricePerUnit.USD");
            }
        }

        return null;
    }
}
