using System.Collections.Frozen;
using System.Globalization;
using FleetInfra.Core.Config;
using FleetInfra.Core.Quantities;

namespace FleetInfra.Core.Policies;

/// <summary>The machine-type table (<c>Policies/machine-types.csv</c>, embedded): allocatable CPU and memory per type.</summary>
public static class MachineTypes
{
    private const string Resource = "FleetInfra.Core.Policies.machine-types.csv";

    private static readonly Lazy<FrozenDictionary<(CloudProvider, string), MachineType>> Table = new(Load);

    /// <summary>Every type in the table.</summary>
    public static IEnumerable<MachineType> All => Table.Value.Values.OrderBy(t => t.Provider).ThenBy(t => t.Name, StringComparer.Ordinal);

    /// <summary>The type, or null when the table does not list it (the capacity policies then skip it).</summary>
    public static MachineType? Find(CloudProvider provider, string name) => Table.Value.GetValueOrDefault((provider, name));

    private static FrozenDictionary<(CloudProvider, string), MachineType> Load()
    {
        using var stream = typeof(MachineTypes).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"the embedded resource {Resource} is missing from the build");
        using var reader = new StreamReader(stream);
        var types = new Dictionary<(CloudProvider, string), MachineType>();
        var header = true;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (header)
            {
                header = false;
                continue;
            }

            var cells = line.Split(',');
            var provider = cells[0] == "eks" ? CloudProvider.Eks : CloudProvider.Gke;
            types[(provider, cells[1])] = new MachineType(
                provider,
                cells[1],
                new CpuQuantity(int.Parse(cells[4], CultureInfo.InvariantCulture)),
                new MemoryQuantity(long.Parse(cells[5], CultureInfo.InvariantCulture) * MemoryQuantity.Mebibyte));
        }

        return types.ToFrozenDictionary();
    }
}
