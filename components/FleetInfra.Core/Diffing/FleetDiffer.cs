using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using FleetInfra.Core.Diffing.Hazards;
using FleetInfra.Core.Planning;
using FleetInfra.Core.Policies;

namespace FleetInfra.Core.Diffing;

/// <summary>Builds the <see cref="FleetDiff"/> of two sides of a stack: renders both, compares them cluster by cluster and judges the change.</summary>
public static class FleetDiffer
{
    // Sides whose templates were started early (Prepare), by plan: a side with another Root has the same plan.
    private static readonly ConditionalWeakTable<FleetPlan, Task<RenderedSide>> Started = new();

    /// <summary>
    /// Starts building the side's templates on the thread pool, for <see cref="Compare"/> to use: <c>fleet diff</c> starts
    /// the working tree's while the base is still read from git and planned, which leaves a core idle otherwise.
    /// </summary>
    public static void Prepare(DiffSide side) => Started.GetValue(side.Plan, static plan => Task.Run(() => RenderedSide.Of(plan)));

    /// <summary>What changes from <paramref name="before"/> to <paramref name="after"/>; hazard levels are the working tree's (<paramref name="after"/>).</summary>
    /// <param name="before">The base.</param>
    /// <param name="after">The working tree.</param>
    /// <param name="baseName">How the base is named in the result, like the git revision.</param>
    public static FleetDiff Compare(DiffSide before, DiffSide after, string baseName)
    {
        // Each side renders its templates on all cores; the two together keep both cores busy through their serial parts.
        RenderedSide? renderedBefore = null, renderedAfter = null;
        Parallel.Invoke(() => renderedBefore = Rendered(before.Plan), () => renderedAfter = Rendered(after.Plan));
        var files = new PlacementDiffer(renderedBefore!, renderedAfter!);
        var plans = after.Plan.Clusters
            .Concat(before.Plan.Clusters.Where(b => !after.Plan.Clusters.Any(a => a.Name == b.Name)))
            .Select(c => (c.Name, Before: before.Plan.Clusters.FirstOrDefault(b => b.Name == c.Name), After: after.Plan.Clusters.FirstOrDefault(a => a.Name == c.Name)))
            .ToArray();
        var objects = new ImmutableArray<ObjectDiff>[plans.Length];
        Parallel.For(
            0,
            plans.Length,
            () => new PlacementDiffer.Buffers(),
            (i, _, buffers) =>
            {
                var (name, was, now) = plans[i];
                var apps = (was?.Apps ?? []).Concat(now?.Apps ?? []).Select(a => a.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
                objects[i] = files.Compare(name, apps, i * apps.Count / plans.Length, buffers);
                return buffers;
            },
            _ => { });
        var clusters = plans.Select((p, i) => new ClusterChanges(p.Name, p.Before, p.After, objects[i])).ToImmutableArray();

        var hazards = Judge(new HazardContext(before, after, clusters, AppRenames.Between(before, after)));
        var diffs = new ClusterDiff?[clusters.Length];
        Parallel.For(0, clusters.Length, i =>
        {
            var cluster = clusters[i];
            var plan = ClusterPlanDiffer.Compare(cluster.Before, cluster.After);
            var found = hazards.Where(h => h.Cluster == cluster.Name).ToImmutableArray();
            if (!cluster.Objects.IsEmpty || !plan.IsEmpty || !found.IsEmpty)
            {
                var change = cluster.Before is null ? DiffChange.Added : cluster.After is null ? DiffChange.Removed : DiffChange.Changed;
                diffs[i] = new ClusterDiff(cluster.Name, change, cluster.Objects, plan, Rollout(cluster), found);
            }
        });

        return new FleetDiff(after.Stack.StackName, baseName, [.. diffs.OfType<ClusterDiff>()]);
    }

    private static RenderedSide Rendered(FleetPlan plan) =>
        Started.TryGetValue(plan, out var started) ? started.GetAwaiter().GetResult() : RenderedSide.Of(plan);

    /// <summary>Every rule at the stack's level for it, errors first, then by id and place.</summary>
    private static List<Hazard> Judge(HazardContext context) =>
        HazardCatalog.Rules
            .Select(rule => (Rule: rule, Level: HazardCatalog.LevelOf(rule, context.Head.Stack)))
            .Where(r => r.Level != PolicyLevel.Off)
            .AsParallel()
            .AsOrdered()
            .SelectMany(r => r.Rule.Check(context).Select(f => new Hazard(r.Rule.Id, r.Level, f.Cluster, f.Message, f.Location.File, f.Location.Line, f.Location.Column)).ToList())
            .AsSequential()
            .Distinct()
            .OrderBy(h => h.Level == PolicyLevel.Error ? 0 : 1)
            .ThenBy(h => h.Id, StringComparer.Ordinal)
            .ThenBy(h => h.File, StringComparer.Ordinal)
            .ThenBy(h => h.Line)
            .ThenBy(h => h.Message, StringComparer.Ordinal)
            .ToList();

    /// <summary>The apps whose pod template changes (their pods roll) and the apps whose replica bounds drop.</summary>
    private static RolloutImpact Rollout(ClusterChanges cluster)
    {
        const string Template = "spec.template.";
        var beforeApps = new Dictionary<string, AppPlan>(StringComparer.Ordinal);
        foreach (var app in cluster.Before?.Apps ?? [])
        {
            beforeApps.TryAdd(app.Name, app);
        }

        var restarts = cluster.Objects
            .Where(o => o.Kind == "Deployment" && o.Change is DiffChange.Changed or DiffChange.Replaced)
            .Select(o => (Deployment: o, Before: beforeApps.GetValueOrDefault(o.App)))
            .Where(d => d.Before is not null && d.Deployment.Fields.Any(f => f.Path.StartsWith(Template, StringComparison.Ordinal)))
            .Select(d => new AppRestart(
                d.Deployment.App,
                d.Before!.Scaling.MinReplicas,
                [.. d.Deployment.Fields.Where(f => f.Path.StartsWith(Template, StringComparison.Ordinal)).Select(f => f.Path[Template.Length..].Replace("spec.", string.Empty, StringComparison.Ordinal))]))
            .ToImmutableArray();
        var scalingDown = cluster.AppsOnBoth
            .Where(a => a.After.Scaling.MinReplicas < a.Before.Scaling.MinReplicas || a.After.Scaling.MaxReplicas < a.Before.Scaling.MaxReplicas)
            .Select(a => new AppScaleDown(a.After.Name, a.Before.Scaling.MinReplicas, a.After.Scaling.MinReplicas, a.Before.Scaling.MaxReplicas, a.After.Scaling.MaxReplicas))
            .OrderBy(a => a.App, StringComparer.Ordinal)
            .ToImmutableArray();
        return new RolloutImpact(restarts.Sum(r => r.Pods), restarts, scalingDown);
    }
}

