using FleetInfra.Core.Config;

namespace FleetInfra.Core.Costs;

/// <summary>Finds prices and machine types for one stack, collecting a warning (once) for each one the tables lack.</summary>
internal sealed class PriceLookup(PriceTable prices, MachineTypeTable machines)
{
    private readonly SortedSet<string> _warnings = new(StringComparer.Ordinal);

    public bool Complete { get; private set; } = true;

    public IReadOnlyCollection<string> Warnings => _warnings;

    /// <summary>The newest date of the table.</summary>
    public DateOnly AsOf => prices.AsOf;

    /// <summary>The oldest date of a price the estimate used: how old the estimate's prices are.</summary>
    public DateOnly? OldestUsed { get; private set; }

    public static string Cloud(CloudProvider provider) => provider == CloudProvider.Eks ? "aws" : "gcp";

    public void Warn(string message) => _warnings.Add(message);

    /// <summary>The price, or null with a warning naming the command that imports it.</summary>
    public decimal? Price(CloudProvider provider, string region, string item, string unit, string cluster)
    {
        var cloud = Cloud(provider);
        if (prices.Find(cloud, region, item) is { } row)
        {
            Used(row);
            return row.Usd;
        }

        if (cloud == "gcp" && ByVcpuAndMemory(region, item) is { } composed)
        {
            return composed;
        }

        Complete = false;
        Warn($"{cluster}: no list price for {cloud} {item} in {region}, so the estimate leaves it out; {ImportHint(cloud)}");
        return null;
    }

    /// <summary>The machine type, or null with a warning naming the command that imports its specs.</summary>
    public MachineType? Machine(CloudProvider provider, string name, string cluster, string group)
    {
        var cloud = Cloud(provider);
        if (machines.Find(cloud, name) is { } type)
        {
            return type;
        }

        Complete = false;
        Warn(cloud == "aws"
            ? $"{cluster}/{group}: no vCPU and memory for aws type {name}, so its capacity is unknown; {ImportHint(cloud)}"
            : $"{cluster}/{group}: gcp type {name} is not a predefined machine type FleetInfra knows the shape of, so its capacity is unknown");
        return null;
    }

    /// <summary>The command that fills a gap of the table, for a warning.</summary>
    public static string ImportHint(string cloud) => cloud == "aws"
        ? "run 'fleet prices update' (or 'fleet prices import aws OFFER.json... --out prices.csv' with the AWS Price List offer files) and 'fleet cost --prices prices.csv'"
        : "run 'fleet prices update' (or 'fleet prices import gcp SKUS.json... --out prices.csv' with the Cloud Billing Catalog SKU lists) and 'fleet cost --prices prices.csv'";

    /// <summary>
    /// A GCE predefined machine type priced as its family's vCPU-hour and GiB-hour prices, as the Cloud Billing Catalog
    /// lists them (<c>gce:FAMILY:core:on-demand</c>, <c>gce:FAMILY:ram:on-demand</c>, and <c>:spot</c>).
    /// </summary>
    private decimal? ByVcpuAndMemory(string region, string item)
    {
        var parts = item.Split(':');
        if (parts is not ["instance", var type, var kind] || GceMachineShape.Parse(type) is not var (family, vcpu, memoryMiB)
            || prices.Find("gcp", region, $"gce:{family}:core:{kind}") is not { } core
            || prices.Find("gcp", region, $"gce:{family}:ram:{kind}") is not { } ram)
        {
            return null;
        }

        Used(core);
        Used(ram);
        return Math.Round((vcpu * core.Usd) + (memoryMiB / 1024m * ram.Usd), 6, MidpointRounding.AwayFromZero);
    }

    private void Used(PriceRow row)
    {
        if (OldestUsed is not { } oldest || row.AsOf < oldest)
        {
            OldestUsed = row.AsOf;
        }
    }
}
