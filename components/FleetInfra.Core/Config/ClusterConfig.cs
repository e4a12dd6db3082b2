using System.Collections.Immutable;
using FleetInfra.Core.Diagnostics;

namespace FleetInfra.Core.Config;

/// <summary>One cluster of a stack, as written under <c>fleet:clusters</c>.</summary>
public sealed record ClusterConfig
{
    /// <value>10.0.0.0/16 for a new EKS VPC.</value>
    public const string DefaultVpcCidr = "10.0.0.0/16";

    /// <value>10.10.0.0/20 for the GKE node subnetwork.</value>
    public const string DefaultSubnetCidr = "10.10.0.0/20";

    /// <value>10.20.0.0/14 for GKE pods (secondary range).</value>
    public const string DefaultPodsCidr = "10.20.0.0/14";

    /// <value>10.24.0.0/20 for GKE services (secondary range).</value>
    public const string DefaultServicesCidr = "10.24.0.0/20";

    /// <value>REGULAR.</value>
    public const string DefaultReleaseChannel = "REGULAR";

    public required string Name { get; init; }

    public required CloudProvider Provider { get; init; }

    public required string Region { get; init; }

    /// <summary>The GCP project (GKE only).</summary>
    public string? Project { get; init; }

    public required string KubernetesVersion { get; init; }

    public required ImmutableArray<NodeGroupConfig> NodeGroups { get; init; }

    /// <summary>Apps deployed to this cluster; null means every app selected for the stack.</summary>
    public ImmutableArray<string>? Apps { get; init; }

    /// <summary>Where each entry of <see cref="Apps"/> is written, for messages; empty when built in code.</summary>
    public ImmutableArray<SourceLocation> AppSources { get; init; } = [];

    /// <summary>CIDRs allowed to reach the Kubernetes API (EKS public endpoint, GKE authorized networks). Empty means unrestricted.</summary>
    public ImmutableArray<string> ApiAccessCidrs { get; init; } = [];

    /// <summary>EKS: IAM role ARNs granted cluster admin through access entries.</summary>
    public ImmutableArray<string> AdminRoleArns { get; init; } = [];

    /// <summary>EKS: ACM certificate for HTTPS listeners; when null the ALB discovers certificates from the Ingress hosts.</summary>
    public string? CertificateArn { get; init; }

    /// <summary>EKS: reuse this VPC instead of creating one (with <see cref="ExistingPublicSubnetIds"/> and <see cref="ExistingPrivateSubnetIds"/>).</summary>
    public string? ExistingVpcId { get; init; }

    public ImmutableArray<string> ExistingPublicSubnetIds { get; init; } = [];

    public ImmutableArray<string> ExistingPrivateSubnetIds { get; init; } = [];

    public string VpcCidr { get; init; } = DefaultVpcCidr;

    /// <summary>Where <see cref="VpcCidr"/> is written; null when it is the default (or built in code).</summary>
    public SourceLocation? VpcCidrSource { get; init; }

    public string SubnetCidr { get; init; } = DefaultSubnetCidr;

    public string PodsCidr { get; init; } = DefaultPodsCidr;

    public string ServicesCidr { get; init; } = DefaultServicesCidr;

    /// <summary>GKE: nodes without public IPs. Default true.</summary>
    public bool PrivateNodes { get; init; } = true;

    public string ReleaseChannel { get; init; } = DefaultReleaseChannel;

    /// <summary>
    /// GKE: the Google Groups for RBAC security group (<c>gke-security-groups@DOMAIN</c>); without it, Google groups in
    /// RoleBindings (team <c>googleGroups</c>) match nobody.
    /// </summary>
    public string? RbacSecurityGroup { get; init; }

    /// <summary>The DNS zones this cluster writes its public hosts to: its own <c>dns</c>, else the stack's <c>fleet:dns</c>.</summary>
    public DnsZones Dns { get; init; } = DnsZones.None;

    /// <summary>The add-ons this cluster may get: the stack's <c>fleet:addons</c> with the cluster's <c>addons</c> applied.</summary>
    public AddonSwitches Addons { get; init; } = AddonSwitches.AllOn;

    /// <summary>The <c>fleet:clusterClasses</c> entry this cluster was made from; null when written out in full.</summary>
    public string? Class { get; init; }

    /// <summary>The labels written for this cluster: its class's, with its own <c>labels</c> over them (placement and rollout select on them).</summary>
    public ImmutableSortedDictionary<string, string> Labels { get; init; } = ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);

    public required SourceLocation Source { get; init; }

    /// <summary>Where each key of the cluster is written, by key (<c>kubernetesVersion</c>, ...); empty when built in code.</summary>
    public ImmutableSortedDictionary<string, SourceLocation> FieldSources { get; init; } = ImmutableSortedDictionary<string, SourceLocation>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>Where <paramref name="key"/> is written, else where the cluster is.</summary>
    public SourceLocation SourceOf(string key) => FieldSources.TryGetValue(key, out var source) ? source : Source;
}
