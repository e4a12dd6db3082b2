using FleetInfra.Core.Diagnostics;
using FleetInfra.Core.Quantities;

namespace FleetInfra.Core.Autoscaling;

/// <summary>What a VerticalPodAutoscaler may do with an app's requests (<c>vertical_scaling</c>).</summary>
public enum VerticalScalingMode
{
    /// <summary>No VerticalPodAutoscaler.</summary>
    Off,

    /// <summary>A VerticalPodAutoscaler with <c>updateMode: "Off"</c>: recommendations only, pods untouched.</summary>
    Recommend,

    /// <summary>The VerticalPodAutoscaler applies its target: in place where the cluster can, else by recreating pods.</summary>
    Auto,
}

/// <summary>
/// An intent's <c>vertical_scaling</c>: the mode and the bounds of what the VerticalPodAutoscaler may recommend. Bounds
/// left out are the intent's own ranges for <c>cpu</c> and <c>memory</c> (10m to 64 cores, 16Mi to 512Gi).
/// </summary>
public sealed record VerticalScaling(VerticalScalingMode Mode)
{
    public static readonly VerticalScaling Off = new(VerticalScalingMode.Off);

    public CpuQuantity MinCpu { get; init; } = new(CpuQuantity.MinMillicores);

    public CpuQuantity MaxCpu { get; init; } = new(CpuQuantity.MaxMillicores);

    public MemoryQuantity MinMemory { get; init; } = new(MemoryQuantity.MinBytes);

    public MemoryQuantity MaxMemory { get; init; } = new(MemoryQuantity.MaxBytes);

    /// <summary>Where it is written; null when built in code.</summary>
    public SourceLocation? Source { get; init; }
}
