using FleetInfra.Core.Config;
using FleetInfra.Core.Quantities;

namespace FleetInfra.Core.Governance;

/// <summary>
/// Splits a team's budget over its namespaces on one cluster, in proportion to each app's peak demand: every
/// namespace gets at least its peak when the budget covers the team's total, and the quotas never add up to more
/// than the budget. A dimension the budget leaves out is each namespace's own peak.
/// </summary>
public static class QuotaSplit
{
    public static NamespaceQuota ShareOf(NamespaceQuota need, NamespaceQuota teamNeed, TeamBudget? budget) => new(
        budget?.Cpu is { } cpu ? new CpuQuantity((int)Share(cpu.Millicores, need.Cpu.Millicores, teamNeed.Cpu.Millicores)) : need.Cpu,
        budget?.Memory is { } memory ? new MemoryQuantity(WholeMebibytes(Share(memory.Bytes, need.Memory.Bytes, teamNeed.Memory.Bytes), need.Memory.Bytes)) : need.Memory,
        budget?.Pods is { } pods ? (int)Share(pods, need.Pods, teamNeed.Pods) : need.Pods);

    private static long Share(long budget, long need, long total) =>
        total == 0 ? 0 : (long)decimal.Floor((decimal)budget * need / total);

    /// <summary>Rounded down to whole mebibytes (as Kubernetes writes them), unless that would drop below the need.</summary>
    private static long WholeMebibytes(long bytes, long need)
    {
        var rounded = bytes / MemoryQuantity.Mebibyte * MemoryQuantity.Mebibyte;
        return rounded >= need || bytes < need ? rounded : bytes;
    }
}
