using System.Text.Json;
using System.Text.RegularExpressions;

namespace FleetInfra.Core.Costs.Import;

/// <summary>
/// Reads a Cloud Billing Catalog SKU list, the response of <c>services.skus.list</c> ("Get Google Cloud pricing
/// information", cloud.google.com/billing/v1/how-tos/catalog-api, and the Sku resource of the Cloud Billing API
/// reference): <c>skus[]</c> with description, <c>category {resourceFamily, resourceGroup, usageType}</c>,
/// <c>serviceRegions</c> and <c>pricingInfo[].pricingExpression {usageUnit, tieredRates[].unitPrice {units, nanos}}</c>.
/// Machine families are priced per vCPU-hour and GiB-hour (<c>gce:e2:core:on-demand</c>, <c>gce:e2:ram:spot</c>);
/// the estimate composes a predefined type's price from them. Spot SKUs (usageType Preemptible) are indicative.
/// </summary>
internal static partial class GcpCatalogFile
{
    public static bool IsCatalog(JsonElement root) => PriceFile.Child(root, "skus") is { ValueKind: JsonValueKind.Array };

    public static IEnumerable<PriceRow> Read(JsonElement root, PriceFile file)
    {
        var index = 0;
        foreach (var sku in root.GetProperty("skus").EnumerateArray())
        {
            var path = $"skus[{index++}]";
            if (Item(sku) is not var (item, unit, spot))
            {
                continue;
            }

            var pricing = PriceFile.Child(sku, "pricingInfo") is { ValueKind: JsonValueKind.Array } list && list.GetArrayLength() > 0
                ? list[list.GetArrayLength() - 1]
                : throw file.Error($"{path}.pricingInfo", "is missing; a SKU has at least one pricingInfo");
            var day = PriceFile.Day(PriceFile.Text(pricing, "effectiveTime"))
                ?? throw file.Error($"{path}.pricingInfo.effectiveTime", "is missing or not a time like 2025-06-01T00:00:00Z");
            var usd = ListPrice(PriceFile.Child(pricing, "pricingExpression") ?? default, file, $"{path}.pricingInfo.pricingExpression");
            var source = $"{Path.GetFileName(file.Name)} (Cloud Billing Catalog SKU {PriceFile.Text(sku, "skuId")}{(spot ? "; indicative" : string.Empty)})";
            var regions = PriceFile.Child(sku, "serviceRegions") is { ValueKind: JsonValueKind.Array } r
                ? r.EnumerateArray().Select(e => e.GetString()).OfType<string>().ToList()
                : [];
            foreach (var region in regions)
            {
                yield return new PriceRow("gcp", region == "global" ? "*" : region, item, unit, usd, day, source);
            }
        }
    }

    /// <summary>The first tier's price (startUsageAmount 0): units + nanos / 10^9 USD per usageUnit.</summary>
    private static decimal ListPrice(JsonElement expression, PriceFile file, string path)
    {
        if (PriceFile.Child(expression, "tieredRates") is not { ValueKind: JsonValueKind.Array } tiers || tiers.GetArrayLength() == 0)
        {
            throw file.Error($"{path}.tieredRates", "is missing; a pricing expression has at least one tiered rate");
        }

        var tier = tiers.EnumerateArray().FirstOrDefault(t => PriceFile.Child(t, "startUsageAmount") is not { } start || start.GetDouble() == 0);
        var price = PriceFile.Child(tier.ValueKind == JsonValueKind.Undefined ? tiers[0] : tier, "unitPrice") ?? default;
        var units = PriceFile.Child(price, "units") is { } u ? (u.ValueKind == JsonValueKind.String ? u.GetString() : u.GetRawText()) : "0";
        var nanos = PriceFile.Child(price, "nanos") is { ValueKind: JsonValueKind.Number } n ? n.GetInt64() : 0;
        return file.Number(units, $"{path}.tieredRates[0].unitPrice.units") + (nanos / 1_000_000_000m);
    }

    /// <summary>The cost model's item a SKU prices, or null for the SKUs it does not use.</summary>
    private static (string Item, string Unit, bool Spot)? Item(JsonElement sku)
    {
        var description = PriceFile.Text(sku, "description") ?? string.Empty;
        var category = PriceFile.Child(sku, "category") ?? default;
        var family = PriceFile.Text(category, "resourceFamily");
        var spot = PriceFile.Text(category, "usageType") == "Preemptible";
        var onDemand = PriceFile.Text(category, "usageType") == "OnDemand";
        if (family == "Compute" && (spot || onDemand) && MachineFamilyPart().Match(description) is { Success: true } machine)
        {
            var part = machine.Groups["part"].Value == "Core" ? "core" : "ram";
            return ($"gce:{machine.Groups["family"].Value.ToLowerInvariant()}:{part}:{(spot ? "spot" : "on-demand")}", part == "core" ? "hour" : "gib-hour", spot);
        }

        if (!onDemand)
        {
            return null;
        }

        return description switch
        {
            _ when description.StartsWith("Regional Kubernetes Clusters", StringComparison.Ordinal) => ("gke:cluster-management", "hour", false),
            _ when family == "Storage" && description.StartsWith("Balanced PD Capacity", StringComparison.Ordinal) => ("pd:balanced", "gb-month", false),
            _ when description.Contains("Forwarding Rule Minimum Service Charge", StringComparison.Ordinal) => ("lb:forwarding-rules-first-5", "hour", false),
            _ when description.Contains("Forwarding Rule Additional Service Charge", StringComparison.Ordinal) => ("lb:forwarding-rule-additional", "hour", false),
            _ => null,
        };
    }

    /// <summary>"E2 Instance Core running in Japan", "Spot Preemptible N2 Instance Ram running in Americas", "N2D AMD Instance Core ...".</summary>
    [GeneratedRegex(@"^(Spot Preemptible )?(?<family>[A-Z][0-9][A-Z]?) (AMD |Arm )?Instance (?<part>Core|Ram) running in ")]
    private static partial Regex MachineFamilyPart();
}
