using System.Collections.Immutable;
using FleetInfra.Core.Config;
using FleetInfra.Core.Diagnostics;
using FleetInfra.Core.Intents;
using FleetInfra.Core.Planning;

namespace FleetInfra.Core.Placement;

/// <summary>
/// Which apps run on which cluster: an app with a placement selector (<c>fleet:placement</c>, else the intent's
/// <c>placement</c>) on the clusters whose labels match it; any other app on every cluster without an <c>apps</c> list
/// and on the clusters whose list names it. One app is placed one way: a selector and an <c>apps</c> list naming the
/// same app is an error.
/// </summary>
public static class PlacementPlanner
{
    /// <summary>
    /// The apps of each cluster, by the cluster's index in the stack, sorted by name; <paramref name="labels"/> are each
    /// cluster's <see cref="ClusterLabels.Of"/> by the same index, computed once by the planner.
    /// </summary>
    public static ImmutableArray<ImmutableArray<string>> Place(StackConfig stack, ImmutableArray<ImmutableSortedDictionary<string, string>> labels, IReadOnlyList<ApplicationIntent> selected, IReadOnlyCollection<string> knownApps, DiagnosticBag diagnostics)
    {
        foreach (var (app, selector) in stack.Placement.Where(p => !knownApps.Contains(p.Key)))
        {
            diagnostics.Error(selector.Source, $"{StackKeys.Namespace}:placement.{app}",
                $"'{app}' is not a known app{Suggestions.DidYouMean(app, knownApps)}; define it under {FleetLoader.Display(stack.AppsDirectory)} or remove its placement");
        }

        var deployed = selected.Select(a => a.Name).ToHashSet(StringComparer.Ordinal);
        var selectors = selected
            .Select(a => (a.Name, Selector: stack.Placement.GetValueOrDefault(a.Name) ?? a.Placement))
            .Where(a => a.Selector is not null)
            .ToDictionary(a => a.Name, a => a.Selector!, StringComparer.Ordinal);
        var placed = stack.Clusters.Select(_ => new SortedSet<string>(StringComparer.Ordinal)).ToArray();
        for (var index = 0; index < stack.Clusters.Length; index++)
        {
            var cluster = stack.Clusters[index];
            if (cluster.Apps is not { } listed)
            {
                placed[index].UnionWith(deployed.Where(a => !selectors.ContainsKey(a)));
                continue;
            }

            for (var i = 0; i < listed.Length; i++)
            {
                var at = i < cluster.AppSources.Length ? cluster.AppSources[i] : cluster.Source;
                var path = $"{StackKeys.Namespace}:clusters[{index}].apps";
                if (!deployed.Contains(listed[i]))
                {
                    diagnostics.Error(at, path,
                        $"'{listed[i]}' is not an app of this stack{Suggestions.DidYouMean(listed[i], deployed)}; add it to the stack's apps or remove it from the cluster's list");
                }
                else if (selectors.TryGetValue(listed[i], out var selector))
                {
                    diagnostics.Error(at, path,
                        $"app '{listed[i]}' is placed by its selector ({selector.Source}); place one app one way: remove it from this list or remove the selector");
                }
                else
                {
                    placed[index].Add(listed[i]);
                }
            }
        }

        // An app left off every cluster is an error of its own only in an input without other errors (a cluster
        // dropped for a bad key would otherwise be reported twice).
        var reportUnplaced = !diagnostics.HasErrors;
        foreach (var intent in selected)
        {
            if (selectors.TryGetValue(intent.Name, out var selector))
            {
                var matched = Enumerable.Range(0, labels.Length).Where(i => selector.Matches(labels[i])).ToArray();
                foreach (var i in matched)
                {
                    placed[i].Add(intent.Name);
                }

                if (matched.Length == 0)
                {
                    diagnostics.Warning(selector.Source, selector.FieldPath,
                        $"{selector} matches no cluster of stack {stack.StackName}, so app '{intent.Name}' is not deployed here; the clusters' labels are listed by fleet plan");
                }
            }
            else if (reportUnplaced && !placed.Any(p => p.Contains(intent.Name)))
            {
                var at = stack.Apps?.FirstOrDefault(a => a.Name == intent.Name).Source ?? intent.Source;
                diagnostics.Error(at, stack.Apps is null ? $"application.{intent.Name}" : $"{StackKeys.Namespace}:apps",
                    $"app '{intent.Name}' is placed on no cluster: every cluster lists its apps and none lists it; add it to a cluster's apps, give it a placement, or leave it out of the stack");
            }
        }

        return [.. placed.Select(p => p.ToImmutableArray())];
    }
}
