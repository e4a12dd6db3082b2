using FleetInfra.Core.Config;
using FleetInfra.Core.Diagnostics;
using FleetInfra.Core.Planning;
using FleetInfra.Core.Policies;

namespace FleetInfra.Core.Diffing.Hazards;

/// <summary>FI102: a cluster, a node group or an app is removed: says what goes with it (namespaces, hosts, data volumes, pods).</summary>
internal sealed class RemovalHazard : IHazardRule
{
    public string Id => "FI102";

    public string Title => "an app, a cluster or a node group is removed";

    public PolicyLevel DefaultLevel => PolicyLevel.Error;

    public IEnumerable<HazardFinding> Check(HazardContext context)
    {
        foreach (var cluster in context.Clusters)
        {
            if (cluster is { Before: { } gone, After: null })
            {
                var hosts = ClusterPlanDiffer.HostsOf(gone).Keys;
                yield return new HazardFinding(
                    cluster.Name,
                    context.Base.Relative(gone.Cluster.Source),
                    $"cluster {gone.Name} ({gone.Provider.ToString().ToLowerInvariant()} {gone.Cluster.Region}) is destroyed with everything on it: node groups {string.Join(", ", gone.Cluster.NodeGroups.Select(g => g.Name))}; namespaces {List(gone.Apps.Select(a => a.Name))}; hosts {List(hosts)}; {Volumes(cluster)}; move its apps and hosts to another cluster and let DNS follow first, then remove the cluster in a later change");
                continue;
            }

            if (cluster is not { Before: { } before, After: { } after })
            {
                continue;
            }

            foreach (var group in before.Cluster.NodeGroups.Where(g => !after.Cluster.NodeGroups.Any(n => n.Name == g.Name)))
            {
                var others = after.Cluster.NodeGroups.Select(g => g.Name).ToList();
                yield return new HazardFinding(
                    cluster.Name,
                    context.Base.Relative(group.Source ?? before.Cluster.Source),
                    $"node group {group.Name} ({string.Join(", ", group.InstanceTypes)}, {group.MinSize}..{group.MaxSize} nodes) of cluster {cluster.Name} is deleted: its nodes are drained and their pods move to {(others.Count == 0 ? "no other node group" : $"node group {string.Join(", ", others)}")}, or stay Pending where they do not fit; add the replacement node group first and apply, then remove this one in a second change");
            }

            foreach (var app in before.Apps.Where(a => !after.Apps.Any(n => n.Name == a.Name) && !context.Renames.ContainsKey(a.Name)))
            {
                var location = context.Head.Intents.ContainsKey(app.Name)
                    ? context.Head.Relative(after.Cluster.SourceOf("apps"))
                    : context.Base.Relative(context.Base.Intents[app.Name].Source);
                var objects = RemovedObjects(cluster, app.Name);
                yield return new HazardFinding(
                    cluster.Name,
                    location,
                    $"app '{app.Name}' is removed from cluster {cluster.Name}: namespace {app.Namespace} and everything in it ({objects}) are deleted, with its {Pods(app)}; hosts {List(app.Routes.Select(r => r.Host).Distinct())}; {Volumes(cluster, app.Name)}; move its callers and hosts away first, since a deleted namespace cannot be brought back");
            }
        }
    }

    /// <summary><c>N objects: Deployment, Service, ...</c>: how many of the app's objects go, and their kinds.</summary>
    internal static string RemovedObjects(ClusterChanges cluster, string app)
    {
        var removed = cluster.Objects.Where(o => o.App == app && o.Change == DiffChange.Removed).ToList();
        return $"{removed.Count} objects: {string.Join(", ", removed.Select(o => o.Kind).Distinct(StringComparer.Ordinal))}";
    }

    private static string Pods(AppPlan app) => $"{app.Scaling.MinReplicas} pod{(app.Scaling.MinReplicas == 1 ? string.Empty : "s")} or more";

    private static string List(IEnumerable<string> names)
    {
        var list = names.ToList();
        return list.Count == 0 ? "none" : string.Join(", ", list);
    }

    /// <summary>The PersistentVolumeClaims that go (FleetInfra renders none, but a plan built in code may).</summary>
    private static string Volumes(ClusterChanges cluster, string? app = null)
    {
        var claims = cluster.Objects.Where(o => o.Kind == "PersistentVolumeClaim" && o.Change == DiffChange.Removed && (app is null || o.App == app)).Select(o => o.ToString()).ToList();
        return claims.Count == 0 ? "no data volumes" : $"data volumes {string.Join(", ", claims)} and their data";
    }
}
