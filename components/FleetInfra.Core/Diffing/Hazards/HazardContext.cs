using System.Collections.Immutable;
using FleetInfra.Core.Diagnostics;
using FleetInfra.Core.Intents;
using FleetInfra.Core.Planning;

namespace FleetInfra.Core.Diffing.Hazards;

/// <summary>What every hazard rule reads: both sides, every cluster's plans and object changes, and the apps renamed.</summary>
/// <param name="Base">The base side.</param>
/// <param name="Head">The working tree's side.</param>
/// <param name="Clusters">Every cluster of either side.</param>
/// <param name="Renames">The apps renamed: old name to new name (<see cref="AppRenames"/>).</param>
internal sealed record HazardContext(DiffSide Base, DiffSide Head, ImmutableArray<ClusterChanges> Clusters, ImmutableSortedDictionary<string, string> Renames)
{
    public bool IsProduction => Head.Stack.IsProduction;

    /// <summary>Where <paramref name="key"/> of the app's intent is written in the working tree, else at the base.</summary>
    public SourceLocation AppSource(string app, string key) =>
        Head.Intents.TryGetValue(app, out var intent) ? Head.Relative(intent.SourceOf(key))
        : Base.Intents.TryGetValue(app, out var old) ? Base.Relative(old.SourceOf(key))
        : SourceLocation.StartOf(Head.Stack.SourceFile);

    public ApplicationIntent? HeadIntent(string app) => Head.Intents.GetValueOrDefault(app);
}

/// <summary>One cluster of either side: its plan at the base and in the working tree (null where absent) and its object changes.</summary>
internal sealed record ClusterChanges(string Name, ClusterPlan? Before, ClusterPlan? After, ImmutableArray<ObjectDiff> Objects)
{
    /// <summary>The apps on the cluster on both sides, by name.</summary>
    public IEnumerable<(AppPlan Before, AppPlan After)> AppsOnBoth =>
        Before is null || After is null
            ? []
            : After.Apps.Join(Before.Apps, a => a.Name, b => b.Name, (a, b) => (b, a), StringComparer.Ordinal);
}
