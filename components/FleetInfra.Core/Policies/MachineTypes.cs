using FleetInfra.Core.Config;
using FleetInfra.Core.Costs;
using FleetInfra.Core.Quantities;

namespace FleetInfra.Core.Policies;

/// <summary>
/// Allocatable CPU and memory per instance or machine type for the capacity policies, computed as the cost model
/// computes them (<see cref="MachineTypeTable"/>: specs from the shipped price table, the providers' reservation formulas).
/// </summary>
public static class MachineTypes
{
    /// <summary>Every type in the table.</summary>
    public static IEnumerable<MachineType> All =>
        MachineTypeTable.Default.Types.Select(From).OrderBy(t => t.Provider).ThenBy(t => t.Name, StringComparer.Ordinal);

    /// <summary>The type, or null when the table does not list it (the capacity policies then skip it).</summary>
    public static MachineType? Find(CloudProvider provider, string name) => Find(MachineTypeTable.Default, provider, name);

    /// <summary>The type as <paramref name="table"/> computes it (the stack's price table's specs), or null.</summary>
    public static MachineType? Find(MachineTypeTable table, CloudProvider provider, string name) =>
        table.Find(provider == CloudProvider.Eks ? "aws" : "gcp", name) is { } row ? From(row) : null;

    private static MachineType From(Costs.MachineType row) => new(
        row.Provider == "aws" ? CloudProvider.Eks : CloudProvider.Gke,
        row.Name,
        new CpuQuantity(row.AllocatableCpuMillis),
        new MemoryQuantity(row.AllocatableMemoryMiB * MemoryQuantity.Mebibyte));
}
