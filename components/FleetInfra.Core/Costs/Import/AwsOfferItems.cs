using System.Globalization;
using System.Text.Json;

namespace FleetInfra.Core.Costs.Import;

/// <summary>
/// Which products of an AWS offer file are the cost model's items, by offer code, product family and attributes
/// (the attribute names and values of the published offer files: instanceType, regionCode, operatingSystem,
/// tenancy, preInstalledSw, capacitystatus, volumeApiName, usagetype, vcpu, memory).
/// </summary>
internal static class AwsOfferItems
{
    /// <summary>The items a product prices, with its region and the unit of the table.</summary>
    public static IEnumerable<(string Item, string Region, string Unit)> Match(string offer, string? family, JsonElement attributes)
    {
        string? Attribute(string name) => PriceFile.Text(attributes, name);
        if (Attribute("regionCode") is not { } region)
        {
            yield break;
        }

        var usage = Attribute("usagetype") ?? string.Empty;
        switch (offer, family)
        {
            // EC2 Linux, shared tenancy, no pre-installed software, on-demand capacity: what a node group runs.
            case ("AmazonEC2", "Compute Instance") when Attribute("operatingSystem") == "Linux" && Attribute("tenancy") == "Shared"
                && Attribute("preInstalledSw") == "NA" && Attribute("capacitystatus") == "Used" && Attribute("instanceType") is { } type:
                yield return ($"instance:{type}:on-demand", region, "hour");
                break;
            case ("AmazonEC2", "NAT Gateway") when usage.EndsWith("NatGateway-Hours", StringComparison.Ordinal):
                yield return ("vpc:nat-gateway", region, "hour");
                break;
            case ("AmazonEC2", "Storage") when Attribute("volumeApiName") == "gp3":
                yield return ("ebs:gp3", region, "gb-month");
                break;
            case ("AWSELB", "Load Balancer-Application") when usage.EndsWith("LoadBalancerUsage", StringComparison.Ordinal):
                yield return ("elb:application-load-balancer", region, "hour");
                break;
            case ("AmazonEKS", _) when usage.EndsWith("AmazonEKS-Hours:perCluster", StringComparison.Ordinal):
                yield return ("eks:control-plane", region, "hour");
                break;
            case ("awskms", _) when usage.EndsWith("KMS-Keys", StringComparison.Ordinal):
                yield return ("kms:key", region, "month");
                break;
        }
    }

    /// <summary>The vCPU and memory rows of an EC2 instance product (for allocatable capacity); none for other products.</summary>
    public static IEnumerable<PriceRow> Specs(string offer, string? family, JsonElement attributes, PriceFile file, string path)
    {
        if (offer != "AmazonEC2" || family != "Compute Instance" || PriceFile.Text(attributes, "instanceType") is not { } type
            || PriceFile.Text(attributes, "vcpu") is not { } vcpuText || PriceFile.Text(attributes, "memory") is not { } memoryText)
        {
            yield break;
        }

        if (!int.TryParse(vcpuText, NumberStyles.None, CultureInfo.InvariantCulture, out var vcpu) || vcpu <= 0)
        {
            throw file.Error($"{path}.vcpu", $"'{vcpuText}' is not a number of vCPUs");
        }

        // "8 GiB", "0.5 GiB": the offer files state memory in GiB.
        var parts = memoryText.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || parts[1] != "GiB" || !decimal.TryParse(parts[0].Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var gib))
        {
            throw file.Error($"{path}.memory", $"'{memoryText}' is not a memory size like '8 GiB'");
        }

        yield return new PriceRow("aws", "*", $"machine:{type}:vcpu", "vcpu", vcpu, default, string.Empty);
        yield return new PriceRow("aws", "*", $"machine:{type}:memory-mib", "mib", Math.Round(gib * 1024), default, string.Empty);
    }
}
