using System.Collections.Immutable;
using FleetInfra.Core.Intents;
using FleetInfra.Core.Quantities;

namespace FleetInfra.Core.Planning;

/// <summary>One app resolved for one cluster: everything the renderers need, no further decisions.</summary>
public sealed record AppPlan
{
    public required string Name { get; init; }

    /// <summary>Each app runs in its own namespace, named after the app.</summary>
    public required string Namespace { get; init; }

    /// <summary>A pinned image reference.</summary>
    public required string Image { get; init; }

    public required CpuQuantity Cpu { get; init; }

    public required MemoryQuantity Memory { get; init; }

    /// <summary>Ports sorted by number.</summary>
    public required ImmutableArray<PortIntent> Ports { get; init; }

    public required ScalingPlan Scaling { get; init; }

    /// <summary>Always set: an app without health checks gets TCP on its first port; null only for apps without ports.</summary>
    public ProbeIntent? Readiness { get; init; }

    public ProbeIntent? Liveness { get; init; }

    public required ImmutableSortedDictionary<string, string> Environment { get; init; }

    public required ImmutableArray<SecretReference> Secrets { get; init; }

    /// <summary>Routes sorted by port, then host; empty when the app has no public port.</summary>
    public required ImmutableArray<IngressRoute> Routes { get; init; }

    public bool HasPorts => !Ports.IsEmpty;

    public bool IsPublic => !Routes.IsEmpty;
}
