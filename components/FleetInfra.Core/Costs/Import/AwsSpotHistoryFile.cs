using System.Text.Json;
using System.Text.RegularExpressions;

namespace FleetInfra.Core.Costs.Import;

/// <summary>
/// Reads the JSON that EC2's DescribeSpotPriceHistory returns (<c>aws ec2 describe-spot-price-history</c>; EC2 API
/// reference, DescribeSpotPriceHistory and SpotPrice): <c>SpotPriceHistory[]</c> of AvailabilityZone, InstanceType,
/// ProductDescription, SpotPrice and Timestamp. Per region and Linux type the row is the highest of each zone's latest
/// price, so the estimate does not count on the cheapest zone. Spot prices move: every row is marked indicative.
/// </summary>
internal static partial class AwsSpotHistoryFile
{
    public static bool IsSpotHistory(JsonElement root) => PriceFile.Child(root, "SpotPriceHistory") is { ValueKind: JsonValueKind.Array };

    public static IEnumerable<PriceRow> Read(JsonElement root, PriceFile file)
    {
        var latest = new Dictionary<(string Region, string Type, string Zone), (DateTimeOffset At, decimal Usd)>();
        var index = 0;
        foreach (var entry in root.GetProperty("SpotPriceHistory").EnumerateArray())
        {
            var path = $"SpotPriceHistory[{index++}]";
            if (PriceFile.Text(entry, "ProductDescription") is not ("Linux/UNIX" or "Linux/UNIX (Amazon VPC)"))
            {
                continue;
            }

            var zone = PriceFile.Text(entry, "AvailabilityZone") ?? throw file.Error($"{path}.AvailabilityZone", "is missing");
            var type = PriceFile.Text(entry, "InstanceType") ?? throw file.Error($"{path}.InstanceType", "is missing");
            var match = ZoneRegion().Match(zone);
            if (!match.Success)
            {
                throw file.Error($"{path}.AvailabilityZone", $"'{zone}' is not an availability zone like eu-central-1a");
            }

            if (!DateTimeOffset.TryParse(PriceFile.Text(entry, "Timestamp"), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var at))
            {
                throw file.Error($"{path}.Timestamp", "is missing or not a time like 2026-11-30T12:00:00+00:00");
            }

            var usd = file.Number(PriceFile.Text(entry, "SpotPrice"), $"{path}.SpotPrice");
            var key = (match.Groups["region"].Value, type, zone);
            if (!latest.TryGetValue(key, out var seen) || at > seen.At)
            {
                latest[key] = (at, usd);
            }
        }

        var source = $"{Path.GetFileName(file.Name)} (EC2 DescribeSpotPriceHistory; indicative)";
        return latest
            .GroupBy(p => (p.Key.Region, p.Key.Type))
            .Select(g => new PriceRow("aws", g.Key.Region, $"instance:{g.Key.Type}:spot", "hour", g.Max(p => p.Value.Usd),
                DateOnly.FromDateTime(g.Max(p => p.Value.At).UtcDateTime), source));
    }

    [GeneratedRegex(@"^(?<region>[a-z]{2}(-gov)?-[a-z]+-[0-9])[a-z]$")]
    private static partial Regex ZoneRegion();
}
