using System.Collections.Immutable;
using FleetInfra.Core.Config;
using FleetInfra.Core.Config.Rules;

namespace FleetInfra.Core.Placement;

/// <summary>
/// The labels placement selectors and rollout waves match against: the cluster's own (its class's, then its
/// <c>labels</c>), plus <c>region</c>, <c>provider</c> and <c>class</c> taken from the cluster, and <c>tier</c>, which
/// defaults to the stack's environment.
/// </summary>
public static class ClusterLabels
{
    /// <summary>Labels set from the cluster itself; writing them in <c>labels</c> is an error (they would lie).</summary>
    public static readonly IReadOnlyCollection<string> Derived = ["region", "provider", "class"];

    public const string Tier = "tier";

    public static ImmutableSortedDictionary<string, string> Of(ClusterConfig cluster, string environment)
    {
        var labels = cluster.Labels.SetItem("region", cluster.Region).SetItem("provider", ProviderOnlyKeys.Name(cluster.Provider));
        if (cluster.Class is { } cls)
        {
            labels = labels.SetItem("class", cls);
        }

        return labels.ContainsKey(Tier) ? labels : labels.SetItem(Tier, environment);
    }
}
