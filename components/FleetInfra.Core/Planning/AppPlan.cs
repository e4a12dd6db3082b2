using System.Collections.Immutable;
using FleetInfra.Core.Governance;
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

    /// <summary>
    /// The container's memory limit; null means equal to <see cref="Memory"/>, which is what the planner always plans.
    /// Set only by plans built in code; policy FI002 reports a limit that differs from the request.
    /// </summary>
    public MemoryQuantity? MemoryLimit { get; init; }

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

    /// <summary>
    /// The apps whose pods may reach the private ports, sorted: the app itself, its <c>allow_from</c> and the other apps of
    /// its team. Empty (plans built in code) means only the app itself.
    /// </summary>
    public ImmutableArray<string> AllowedFrom { get; init; } = [];

    /// <summary>The namespace's RBAC and quota once <c>fleet:teams</c> is defined; null without teams.</summary>
    public AppGovernance? Governance { get; init; }

    public bool HasPorts => !Ports.IsEmpty;

    public bool IsPublic => !Routes.IsEmpty;
}
