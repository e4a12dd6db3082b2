using System.Collections.Immutable;
using FleetInfra.Core.Diagnostics;
using FleetInfra.Core.Scheduling;
using FleetInfra.Core.Policies;

namespace FleetInfra.Core.Config;

/// <summary>The <c>fleet:</c> keys of one Pulumi stack file.</summary>
public sealed partial record StackConfig
{
    /// <value>fleetinfra: the <c>app.kubernetes.io/part-of</c> label.</value>
    public const string DefaultPartOf = "fleetinfra";

    public required string StackName { get; init; }

    public required string SourceFile { get; init; }

    /// <summary>The environment label; defaults to the stack name.</summary>
    public required string Environment { get; init; }

    public string PartOf { get; init; } = DefaultPartOf;

    public string? ImageRegistry { get; init; }

    public string? ImageTag { get; init; }

    /// <summary>Base domain for default hosts of public apps: <c>{app}.{cluster}.{domain}</c>.</summary>
    public string? Domain { get; init; }

    /// <summary>
    /// Domains a custom domain may belong to besides <see cref="Domain"/> (<c>fleet:allowedDomains</c>), checked by
    /// policy FI006; a host belongs to a domain when it is the domain or a name under it.
    /// </summary>
    public ImmutableArray<string> AllowedDomains { get; init; } = [];

    /// <summary>The teams (<c>fleet:teams</c>); empty means no ownership, RBAC or quotas are planned.</summary>
    public ImmutableArray<TeamConfig> Teams { get; init; } = [];

    /// <summary>Where <c>fleet:teams</c> is written, for errors about the teams as a whole.</summary>
    public SourceLocation? TeamsSource { get; init; }

    /// <summary>The stack's policy levels (<c>fleet:policies</c>) by policy id; a policy not listed runs at its default level.</summary>
    public ImmutableSortedDictionary<string, PolicyLevel> PolicyLevels { get; init; } = ImmutableSortedDictionary<string, PolicyLevel>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>Where intents are read; resolved against the stack file's folder.</summary>
    public required string AppsDirectory { get; init; }

    /// <summary>Apps deployed by this stack; null means every app found.</summary>
    public ImmutableArray<(string Name, SourceLocation Source)>? Apps { get; init; }

    public ImmutableArray<AppOverride> AppOverrides { get; init; } = [];

    public required ImmutableArray<ClusterConfig> Clusters { get; init; }

    /// <summary>This stack's placement of apps (<c>fleet:placement</c>), over the intents' own <c>placement</c>.</summary>
    public ImmutableSortedDictionary<string, Placement.ClusterSelector> Placement { get; init; } = ImmutableSortedDictionary<string, Placement.ClusterSelector>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>The waves a change reaches this stack's clusters in (<c>fleet:rollout</c>); null: one wave.</summary>
    public Rollout.RolloutConfig? Rollout { get; init; }

    /// <summary>The classes of <c>fleet:clusterClasses</c>, in the order written.</summary>
    public ImmutableArray<Classes.ClusterClass> ClusterClasses { get; init; } = [];

    /// <summary>The stack's DNS zones (<c>fleet:dns</c>); a cluster's own <c>dns</c> replaces them for that cluster.</summary>
    public DnsZones Dns { get; init; } = DnsZones.None;

    /// <summary>The stack's add-on switches (<c>fleet:addons</c>); a cluster's <c>addons</c> override them key by key.</summary>
    public AddonSwitches Addons { get; init; } = AddonSwitches.AllOn;

    /// <summary>Working hours for every app that sets no <c>schedule</c> of its own (<c>fleet:schedule</c>); null for none.</summary>
    public ScheduleSetting? Schedule { get; init; }

    /// <summary><c>fleet:priceTable</c>: an imported price table, relative to the stack file's folder; null for the shipped prices only.</summary>
    public string? PriceTable { get; init; }

    /// <summary>A production stack accepts schedules only with <c>fleet:allowSchedules: true</c>.</summary>
    public bool AllowSchedules { get; init; }

    /// <summary><c>fleet:headroom</c>: spare room kept free on every cluster; null for none.</summary>
    public Headroom.HeadroomSetting? Headroom { get; init; }

    /// <summary>The environment is <c>prod</c> or <c>production</c>: protected by default, and refusing schedules unless allowed.</summary>
    public bool IsProduction => IsProductionEnvironment(Environment);

    public static bool IsProductionEnvironment(string environment) => environment is "prod" or "production";

    /// <summary>
    /// A stack name with a <c>prod</c> or <c>production</c> part (<c>prod</c>, <c>prod-use1</c>, <c>eu-production</c>):
    /// such a stack must say its environment, because the default (the stack name) would make it non-production.
    /// </summary>
    internal static bool LooksLikeProduction(string stackName) =>
        stackName.Split(['-', '_', '.']).Any(part => IsProductionEnvironment(part.ToLowerInvariant()));

    /// <summary>Protect clusters, node groups and networks from deletion (Pulumi <c>protect</c>, GKE deletion protection).</summary>
    public required bool Protect { get; init; }
}
