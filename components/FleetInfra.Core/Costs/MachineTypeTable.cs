using System.Collections.Immutable;
using System.Globalization;

namespace FleetInfra.Core.Costs;

/// <summary>
/// Allocatable capacity per instance and machine type (<c>Costs/machine-allocatable.csv</c>, embedded in the core),
/// for the capacity estimate of <c>fleet cost</c>.
/// </summary>
public sealed class MachineTypeTable
{
    public const string FileName = "machine-allocatable.csv";

    private static readonly string[] Columns = ["provider", "type", "vcpu", "memory_mib", "max_pods", "allocatable_cpu_m", "allocatable_memory_mib", "source"];

    private static readonly Lazy<MachineTypeTable> Shipped = new(() => Parse(CsvTable.Resource(FileName)));

    private readonly ImmutableDictionary<(string Provider, string Name), MachineType> _types;

    private MachineTypeTable(IEnumerable<MachineType> types)
    {
        Types = [.. types];
        _types = Types.ToImmutableDictionary(t => (t.Provider, t.Name));
    }

    public static MachineTypeTable Default => Shipped.Value;

    public ImmutableArray<MachineType> Types { get; }

    public static MachineTypeTable Parse(string csv)
    {
        static int Int(string text) => int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
        return new MachineTypeTable(CsvTable.Parse(csv, FileName, Columns).Select(f => new MachineType(
            f["provider"], f["type"], Int(f["vcpu"]), Int(f["memory_mib"]), Int(f["max_pods"]),
            Int(f["allocatable_cpu_m"]), Int(f["allocatable_memory_mib"]), f["source"])));
    }

    public MachineType? Find(string provider, string name) => _types.GetValueOrDefault((provider, name));
}
