using System.Collections.Immutable;

namespace FleetInfra.Core.Config;

/// <summary>A team's members as each cloud knows them.</summary>
public sealed record TeamMembers
{
    public static readonly TeamMembers None = new();

    /// <summary>EKS: IAM role ARNs, mapped by access entries to the team's Kubernetes group.</summary>
    public ImmutableArray<string> EksRoleArns { get; init; } = [];

    /// <summary>GKE: Google Groups (Google Groups for RBAC), bound by email.</summary>
    public ImmutableArray<string> GoogleGroups { get; init; } = [];

    /// <summary>GKE: Google accounts, bound by email.</summary>
    public ImmutableArray<string> GoogleUsers { get; init; } = [];
}
