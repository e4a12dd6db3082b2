using System.Collections.Immutable;
using System.Globalization;
using FleetInfra.Core.Config;
using FleetInfra.Core.Planning;

namespace FleetInfra.Core.Diffing;

/// <summary>Compares a cluster's plan outside the rendered objects: the cluster's own settings, its node groups, add-ons and DNS records.</summary>
internal static class ClusterPlanDiffer
{
    public const string ClusterPart = "cluster";
    public const string NodeGroupPart = "nodeGroup";
    public const string AddonPart = "addon";
    public const string DnsRecordPart = "dnsRecord";

    public static ImmutableArray<PlanChange> Compare(ClusterPlan? before, ClusterPlan? after)
    {
        var changes = ImmutableArray.CreateBuilder<PlanChange>();
        if (before is null || after is null)
        {
            var whole = (before ?? after)!;
            var change = before is null ? DiffChange.Added : DiffChange.Removed;
            changes.Add(new PlanChange(ClusterPart, whole.Name, null, change, before is null ? null : Describe(whole), after is null ? null : Describe(whole)));
        }
        else
        {
            Field(changes, ClusterPart, after.Name, "provider", before.Provider.ToString().ToLowerInvariant(), after.Provider.ToString().ToLowerInvariant());
            Field(changes, ClusterPart, after.Name, "region", before.Cluster.Region, after.Cluster.Region);
            Field(changes, ClusterPart, after.Name, "kubernetesVersion", before.Cluster.KubernetesVersion, after.Cluster.KubernetesVersion);
            Field(changes, ClusterPart, after.Name, "project", before.Cluster.Project, after.Cluster.Project);
        }

        NodeGroups(changes, before?.Cluster.NodeGroups ?? [], after?.Cluster.NodeGroups ?? []);
        Keyed(changes, AddonPart, AddonsOf(before), AddonsOf(after));
        Keyed(changes, DnsRecordPart, HostsOf(before), HostsOf(after));
        return changes.ToImmutable();
    }

    /// <summary>Every public host of the cluster with the app it routes to, by host.</summary>
    public static SortedDictionary<string, string> HostsOf(ClusterPlan? cluster)
    {
        var hosts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var app in cluster?.Apps ?? [])
        {
            foreach (var route in app.Routes)
            {
                hosts.TryAdd(route.Host, app.Name);
            }
        }

        return hosts;
    }

    /// <summary>The node group's fields whose change replaces its nodes or not, as text, in a fixed order.</summary>
    public static IEnumerable<(string Field, string Value)> FieldsOf(NodeGroupConfig group) =>
    [
        ("instanceTypes", string.Join(", ", group.InstanceTypes)),
        ("diskSizeGb", group.DiskSizeGb.ToString(CultureInfo.InvariantCulture)),
        ("taints", string.Join(", ", group.Taints.Select(t => $"{t.Key}={t.Value}:{t.Effect}"))),
        ("spot", group.Spot ? "true" : "false"),
        ("labels", string.Join(", ", group.Labels.Select(l => $"{l.Key}={l.Value}"))),
        ("minSize", group.MinSize.ToString(CultureInfo.InvariantCulture)),
        ("desiredSize", group.DesiredSize.ToString(CultureInfo.InvariantCulture)),
        ("maxSize", group.MaxSize.ToString(CultureInfo.InvariantCulture)),
    ];

    private static void NodeGroups(ImmutableArray<PlanChange>.Builder changes, ImmutableArray<NodeGroupConfig> before, ImmutableArray<NodeGroupConfig> after)
    {
        foreach (var group in after)
        {
            if (before.FirstOrDefault(g => g.Name == group.Name) is not { } old)
            {
                changes.Add(new PlanChange(NodeGroupPart, group.Name, null, DiffChange.Added, null, Describe(group)));
                continue;
            }

            foreach (var ((field, was), (_, now)) in FieldsOf(old).Zip(FieldsOf(group)))
            {
                Field(changes, NodeGroupPart, group.Name, field, was, now);
            }
        }

        changes.AddRange(before.Where(g => !after.Any(n => n.Name == g.Name)).Select(g => new PlanChange(NodeGroupPart, g.Name, null, DiffChange.Removed, Describe(g), null)));
    }

    private static SortedDictionary<string, string> AddonsOf(ClusterPlan? cluster)
    {
        var addons = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var decision in cluster?.Addons.Decisions ?? [])
        {
            addons[decision.Need] = addons.TryGetValue(decision.Need, out var other) ? $"{other}; {decision.Delivery}" : decision.Delivery;
        }

        return addons;
    }

    private static void Keyed(ImmutableArray<PlanChange>.Builder changes, string part, SortedDictionary<string, string> before, SortedDictionary<string, string> after)
    {
        foreach (var key in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
        {
            var was = before.GetValueOrDefault(key);
            var now = after.GetValueOrDefault(key);
            if (was != now)
            {
                changes.Add(new PlanChange(part, key, null, was is null ? DiffChange.Added : now is null ? DiffChange.Removed : DiffChange.Changed, was, now));
            }
        }
    }

    private static void Field(ImmutableArray<PlanChange>.Builder changes, string part, string name, string field, string? before, string? after)
    {
        if (before != after)
        {
            changes.Add(new PlanChange(part, name, field, DiffChange.Changed, before, after));
        }
    }

    private static string Describe(ClusterPlan cluster) =>
        $"{cluster.Provider.ToString().ToLowerInvariant()} {cluster.Cluster.Region}, Kubernetes {cluster.Cluster.KubernetesVersion}, {cluster.Apps.Length} app{(cluster.Apps.Length == 1 ? string.Empty : "s")}";

    private static string Describe(NodeGroupConfig group) =>
        $"{string.Join(", ", group.InstanceTypes)}, {group.MinSize}..{group.MaxSize} nodes{(group.Spot ? ", spot" : string.Empty)}";
}
