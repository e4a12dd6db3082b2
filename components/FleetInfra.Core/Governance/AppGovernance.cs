using System.Collections.Immutable;
using FleetInfra.Core.Config;

namespace FleetInfra.Core.Governance;

/// <summary>
/// Who may do what in an app's namespace on one cluster, and how much it may use: set on every app once
/// <c>fleet:teams</c> is defined. The renderers turn it into Roles, RoleBindings, a ResourceQuota and a LimitRange.
/// </summary>
public sealed record AppGovernance
{
    /// <summary>The team that owns the app: edit rights in its namespace.</summary>
    public required TeamConfig Owner { get; init; }

    /// <summary>Other teams with <c>viewOtherApps</c>: view rights in the namespace, sorted by name.</summary>
    public required ImmutableArray<TeamConfig> Viewers { get; init; }

    /// <summary>The namespace's share of the owner's budget on this cluster (its peak demand when the team has no budget).</summary>
    public required NamespaceQuota Quota { get; init; }
}
