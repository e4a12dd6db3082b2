using System.Collections.Immutable;
using FleetInfra.Core.Autoscaling;
using FleetInfra.Core.Diagnostics;
using FleetInfra.Core.Quantities;
using FleetInfra.Core.Scheduling;

namespace FleetInfra.Core.Intents;

public enum BuildMode
{
    /// <summary>The app ships a prebuilt image named by <c>image</c>.</summary>
    Image,

    /// <summary>Built from a Dockerfile by CI and pushed to <c>fleet:imageRegistry</c>.</summary>
    Docker,
}

/// <summary>One application as a team declared it: what it needs, not how each cloud provides it.</summary>
public sealed record ApplicationIntent
{
    /// <value>250m.</value>
    public static readonly CpuQuantity DefaultCpu = new(250);

    /// <value>256Mi.</value>
    public static readonly MemoryQuantity DefaultMemory = new(256 * MemoryQuantity.Mebibyte);

    public required string Name { get; init; }

    public required SourceLocation Source { get; init; }

    public BuildMode BuildMode { get; init; } = BuildMode.Image;

    /// <summary>An explicit, pinned image; null when built (build_mode DOCKER) and resolved from stack config.</summary>
    public string? Image { get; init; }

    public CpuQuantity Cpu { get; init; } = DefaultCpu;

    public MemoryQuantity Memory { get; init; } = DefaultMemory;

    /// <summary>Ports sorted by number.</summary>
    public ImmutableArray<PortIntent> Ports { get; init; } = [];

    public int MinInstances { get; init; } = 1;

    public int MaxInstances { get; init; } = 1;

    public ProbeIntent? Readiness { get; init; }

    public ProbeIntent? Liveness { get; init; }

    public ImmutableSortedDictionary<string, string> Environment { get; init; } = ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>Secret references sorted by variable name.</summary>
    public ImmutableArray<SecretReference> Secrets { get; init; } = [];

    /// <summary>Custom domains sorted by name.</summary>
    public ImmutableArray<CustomDomain> CustomDomains { get; init; } = [];

    /// <summary>The app's own working hours (or <c>always</c>); null to take the stack's <c>fleet:schedule</c>.</summary>
    public ScheduleSetting? Schedule { get; init; }

    /// <summary>The apps whose pods may reach this app's private ports (<c>allow_from</c>), sorted by name.</summary>
    public ImmutableArray<AppReference> AllowFrom { get; init; } = [];

    /// <summary>The clusters the app runs on (<c>placement.clusters</c>); null: every cluster, or the clusters' <c>apps</c> lists.</summary>
    public Placement.ClusterSelector? Placement { get; init; }

    /// <summary>What a VerticalPodAutoscaler does with the app's requests (<c>vertical_scaling</c>); off by default.</summary>
    public VerticalScaling VerticalScaling { get; init; } = VerticalScaling.Off;

    /// <summary>What drives the replica count (<c>autoscaling</c>); null scales on 70% CPU when min &lt; max.</summary>
    public HorizontalScaling? Autoscaling { get; init; }

    /// <summary>
    /// Where each key of the intent is written, by key (<see cref="IntentKeys"/>): in the intent file, or in the stack
    /// file when <c>fleet:appOverrides</c> set it. Policy findings point here. Empty when built in code.
    /// </summary>
    public ImmutableSortedDictionary<string, SourceLocation> FieldSources { get; init; } = ImmutableSortedDictionary<string, SourceLocation>.Empty.WithComparers(StringComparer.Ordinal);

    public bool HasPublicPort => Ports.Any(p => p.IsPublic);

    /// <summary>Where <paramref name="key"/> is written, else where the app is named.</summary>
    public SourceLocation SourceOf(string key) => FieldSources.TryGetValue(key, out var source) ? source : Source;
}
