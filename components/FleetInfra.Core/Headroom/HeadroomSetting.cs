using FleetInfra.Core.Diagnostics;
using FleetInfra.Core.Quantities;

namespace FleetInfra.Core.Headroom;

/// <summary>
/// A <c>headroom</c> as written on a stack (<c>fleet:headroom</c>) or a node group: spare room kept free by low-priority
/// pause pods, either as an amount (<c>{ cpu: 2, memory: 4Gi }</c>) or as room for pods like an app's
/// (<c>{ pods: 3, like: api }</c>).
/// </summary>
/// <param name="Source">Where it is written.</param>
/// <param name="Path">Its field path, like <c>fleet:headroom</c>, for messages.</param>
public sealed record HeadroomSetting(SourceLocation Source, string Path)
{
    public CpuQuantity? Cpu { get; init; }

    public MemoryQuantity? Memory { get; init; }

    /// <summary>How many pods like <see cref="Like"/> the room holds.</summary>
    public int? Pods { get; init; }

    /// <summary>The app whose requests each pod of room matches.</summary>
    public string? Like { get; init; }
}
