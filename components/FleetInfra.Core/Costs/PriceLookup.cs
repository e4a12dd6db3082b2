using FleetInfra.Core.Config;

namespace FleetInfra.Core.Costs;

/// <summary>Finds prices and machine types for one stack, collecting a warning (once) for each one the tables lack.</summary>
internal sealed class PriceLookup(PriceTable prices, MachineTypeTable machines)
{
    public const string PricesPath = "components/FleetInfra.Core/Costs/prices.csv";

    public const string MachinesPath = "components/FleetInfra.Core/Costs/machine-allocatable.csv";

    private readonly SortedSet<string> _warnings = new(StringComparer.Ordinal);

    public bool Complete { get; private set; } = true;

    public IReadOnlyCollection<string> Warnings => _warnings;

    public DateOnly AsOf => prices.AsOf;

    public static string Cloud(CloudProvider provider) => provider == CloudProvider.Eks ? "aws" : "gcp";

    public void Warn(string message) => _warnings.Add(message);

    /// <summary>The price, or null with a warning naming the row to add.</summary>
    public decimal? Price(CloudProvider provider, string region, string item, string unit, string cluster)
    {
        if (prices.Find(Cloud(provider), region, item) is { } row)
        {
            return row.Usd;
        }

        Complete = false;
        Warn($"{cluster}: no list price for {Cloud(provider)} {item} in {region}, so the estimate leaves it out; add the row '{Cloud(provider)},{region},{item},{unit},PRICE,YYYY-MM-DD,PRICE-PAGE-URL' to {PricesPath}");
        return null;
    }

    /// <summary>The machine type, or null with a warning naming the row to add.</summary>
    public MachineType? Machine(CloudProvider provider, string name, string cluster, string group)
    {
        if (machines.Find(Cloud(provider), name) is { } type)
        {
            return type;
        }

        Complete = false;
        Warn($"{cluster}/{group}: no allocatable capacity for {Cloud(provider)} type {name}, so its capacity is unknown; add the row '{Cloud(provider)},{name},VCPU,MEMORY_MIB,MAX_PODS,ALLOCATABLE_CPU_M,ALLOCATABLE_MEMORY_MIB,SOURCE-URL' to {MachinesPath}");
        return null;
    }
}
