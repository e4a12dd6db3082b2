using System.Collections.Immutable;
using FleetInfra.Core.Diagnostics;
using FleetInfra.Core.Intents;

namespace FleetInfra.Core.Config;

/// <summary>One team of <c>fleet:teams</c>: the apps it owns, who its members are on each cloud, and what it may use.</summary>
public sealed record TeamConfig
{
    /// <value>fleetinfra:team: prefix of the Kubernetes group an EKS access entry puts a team's IAM roles in.</value>
    public const string KubernetesGroupPrefix = "fleetinfra:team:";

    public required string Name { get; init; }

    /// <summary>The apps the team owns, sorted by name, with where each is listed.</summary>
    public required ImmutableArray<AppReference> Apps { get; init; }

    public TeamMembers Members { get; init; } = TeamMembers.None;

    /// <summary>What the team's namespaces may use together on one cluster; null means no budget.</summary>
    public TeamBudget? Budget { get; init; }

    /// <summary>Whether the team may read (view) the namespaces of every other app of the stack.</summary>
    public bool ViewOtherApps { get; init; }

    /// <summary>The field path of the team, like <c>fleet:teams[0]</c>.</summary>
    public required string Path { get; init; }

    public required SourceLocation Source { get; init; }

    /// <summary>The Kubernetes group the team's RoleBindings name on EKS, which its access entries map its IAM roles to.</summary>
    public string KubernetesGroup => KubernetesGroupPrefix + Name;
}
