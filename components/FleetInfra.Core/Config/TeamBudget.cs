using FleetInfra.Core.Diagnostics;
using FleetInfra.Core.Quantities;

namespace FleetInfra.Core.Config;

/// <summary>
/// What a team's namespaces may request together on one cluster. Each dimension is optional; a set one is split
/// over the team's namespaces as their ResourceQuotas and checked against the apps' peak by policy FI005.
/// </summary>
public sealed record TeamBudget
{
    /// <value>10000 cores: the largest budget accepted.</value>
    public const int MaxMillicores = 10_000_000;

    /// <value>64Ti: the largest budget accepted.</value>
    public const long MaxBytes = 64L * 1024 * 1024 * MemoryQuantity.Mebibyte;

    /// <value>100000 pods.</value>
    public const int MaxPods = 100_000;

    public CpuQuantity? Cpu { get; init; }

    public MemoryQuantity? Memory { get; init; }

    public int? Pods { get; init; }

    /// <summary>Where the budget is written.</summary>
    public required SourceLocation Source { get; init; }
}
