using System.Collections.Immutable;
using FleetInfra.Core.Addons;
using FleetInfra.Core.Config;
using FleetInfra.Core.Planning;
using FleetInfra.Core.Rendering;

namespace FleetInfra.Core.Reporting;

/// <summary>A machine-readable summary of a plan: what <c>fleet plan --json</c> prints.</summary>
public sealed partial record PlanSummary(string Stack, string Environment, bool Protect, ImmutableArray<ClusterSummary> Clusters)
{
    public static PlanSummary From(FleetPlan plan) => new(
        plan.Stack,
        plan.Environment,
        plan.Protect,
        [.. plan.Clusters.Select(ClusterSummary.From)])
    {
        ClustersFrom = plan.ClustersFrom,
        ClustersOwned = plan.ClustersOwned,
    };
}

public sealed record ClusterSummary(
    string Name,
    string Provider,
    string Region,
    string? Project,
    string KubernetesVersion,
    ImmutableArray<NodeGroupSummary> NodeGroups,
    ImmutableArray<AppSummary> Apps,
    ImmutableSortedDictionary<string, int> Objects,
    ImmutableArray<AddonDecision> Addons,
    string? Class,
    ImmutableSortedDictionary<string, string> Labels)
{
    public static ClusterSummary From(ClusterPlan cluster)
    {
        var ingress = IIngressManifests.For(cluster.Ingress);
        var apps = cluster.Apps.Select(app => AppSummary.From(app, ClusterManifests.ForApp(cluster, app, ingress).Select(o => o.Kind))).ToImmutableArray();
        var totals = apps
            .SelectMany(a => a.Objects)
            .GroupBy(kv => kv.Key, StringComparer.Ordinal)
            .ToImmutableSortedDictionary(g => g.Key, g => g.Sum(kv => kv.Value), StringComparer.Ordinal);
        return new ClusterSummary(
            cluster.Name,
            cluster.Provider == CloudProvider.Eks ? "eks" : "gke",
            cluster.Cluster.Region,
            cluster.Cluster.Project,
            cluster.Cluster.KubernetesVersion,
            [.. cluster.Cluster.NodeGroups.Select(NodeGroupSummary.From)],
            apps,
            totals,
            cluster.Addons.Decisions,
            cluster.Cluster.Class,
            cluster.Labels);
    }
}

public sealed record NodeGroupSummary(string Name, ImmutableArray<string> InstanceTypes, int MinSize, int MaxSize, int DesiredSize, bool Spot)
{
    public static NodeGroupSummary From(NodeGroupConfig group) =>
        new(group.Name, group.InstanceTypes, group.MinSize, group.MaxSize, group.DesiredSize, group.Spot);
}

public sealed record AppSummary(
    string Name,
    string Namespace,
    string Image,
    string Cpu,
    string Memory,
    int MinReplicas,
    int MaxReplicas,
    ImmutableArray<string> Ports,
    ImmutableArray<string> Hosts,
    ImmutableSortedDictionary<string, int> Objects,
    string? Schedule = null,
    string? Team = null,
    ImmutableArray<string> AllowedFrom = default)
{
    public static AppSummary From(AppPlan app, IEnumerable<string> kinds) => new(
        app.Name,
        app.Namespace,
        app.Image,
        app.Cpu.ToString(),
        app.Memory.ToString(),
        app.Scaling.MinReplicas,
        app.Scaling.MaxReplicas,
        [.. app.Ports.Select(p => $"{p.Number}/{p.Protocol.ToString().ToUpperInvariant()}{(p.IsPublic ? " public" : string.Empty)}")],
        [.. app.Routes.Select(r => $"https://{r.Host}")],
        kinds.GroupBy(k => k, StringComparer.Ordinal).ToImmutableSortedDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
        app.Scaling.Schedule?.ToString(),
        app.Governance?.Owner.Name,
        app.AllowedFrom.IsDefaultOrEmpty ? [app.Name] : app.AllowedFrom);

    public int ObjectCount => Objects.Values.Sum();
}
