using System.Collections.Immutable;
using FleetInfra.Core.Diagnostics;

namespace FleetInfra.Core.Config;

/// <summary>An EKS managed node group or a GKE node pool.</summary>
public sealed record NodeGroupConfig
{
    /// <value>50 GiB.</value>
    public const int DefaultDiskSizeGb = 50;

    public required string Name { get; init; }

    /// <summary>EC2 instance types (EKS, one or more) or the GCE machine type (GKE, exactly one).</summary>
    public required ImmutableArray<string> InstanceTypes { get; init; }

    public required int MinSize { get; init; }

    public required int MaxSize { get; init; }

    /// <summary>Defaults to <see cref="MinSize"/>.</summary>
    public required int DesiredSize { get; init; }

    /// <summary>Where <see cref="MaxSize"/> is written, for policy findings; null when built in code.</summary>
    public SourceLocation? MaxSizeSource { get; init; }

    public bool Spot { get; init; }

    public int DiskSizeGb { get; init; } = DefaultDiskSizeGb;

    public ImmutableSortedDictionary<string, string> Labels { get; init; } = ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);

    public ImmutableArray<NodeTaint> Taints { get; init; } = [];

    /// <summary>Spare room kept free on this node group by pause pods pinned to it; null for none.</summary>
    public Headroom.HeadroomSetting? Headroom { get; init; }

    /// <summary>Where the node group is written; null when built in code.</summary>
    public SourceLocation? Source { get; init; }

    /// <summary>Where each key of the node group is written, by key (<c>instanceTypes</c>, ...); empty when built in code.</summary>
    public ImmutableSortedDictionary<string, SourceLocation> FieldSources { get; init; } = ImmutableSortedDictionary<string, SourceLocation>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>Where <paramref name="key"/> is written, else where the node group is, else null.</summary>
    public SourceLocation? SourceOf(string key) => FieldSources.TryGetValue(key, out var source) ? source : Source;
}
