using System.Collections.Immutable;
using FleetInfra.Core.Config;
using FleetInfra.Core.Intents;
using FleetInfra.Core.Planning;

namespace FleetInfra.Core.Policies;

/// <summary>What every policy reads: the stack's config, the intents of the apps it deploys (overrides applied) and the plan.</summary>
public sealed record PolicyContext(StackConfig Stack, ImmutableSortedDictionary<string, ApplicationIntent> Intents, FleetPlan Plan)
{
    /// <summary>Allocatable capacity per machine type, with the stack's price table's instance specs (<c>fleet:priceTable</c>).</summary>
    public Costs.MachineTypeTable Machines { get; init; } = Costs.MachineTypeTable.Default;

    /// <summary>Whether the stack's environment is production (<c>prod</c> or <c>production</c>, as for <c>fleet:protect</c>).</summary>
    public bool IsProduction => Stack.Environment is "prod" or "production";

    /// <summary>Every app the plan places, once, with its intent, in name order: for checks that do not depend on the cluster.</summary>
    /// <remarks>Computed on first use for the plan and intents of this context; every policy reads it.</remarks>
    public IEnumerable<(AppPlan App, ApplicationIntent Intent)> Apps
    {
        get
        {
            if (_apps is not { } apps || !ReferenceEquals(apps.Plan, Plan) || !ReferenceEquals(apps.Intents, Intents))
            {
                ImmutableArray<(AppPlan, ApplicationIntent)> placed =
                [
                    .. Plan.Clusters
                        .SelectMany(c => c.Apps)
                        .DistinctBy(a => a.Name, StringComparer.Ordinal)
                        .OrderBy(a => a.Name, StringComparer.Ordinal)
                        .Select(a => (a, Intents[a.Name])),
                ];
                _apps = apps = (Plan, Intents, placed);
            }

            return apps.Placed;
        }
    }

    private (FleetPlan Plan, ImmutableSortedDictionary<string, ApplicationIntent> Intents, ImmutableArray<(AppPlan App, ApplicationIntent Intent)> Placed)? _apps;

    /// <summary>The field path of an intent key, like <c>application.web.cpu</c>.</summary>
    public static string FieldOf(ApplicationIntent intent, string key) => $"{IntentKeys.Application}.{intent.Name}.{key}";

    /// <summary>The field path of a cluster, like <c>fleet:clusters[0]</c>.</summary>
    public string PathOf(ClusterPlan cluster) => $"{StackKeys.Namespace}:clusters[{Plan.Clusters.IndexOf(cluster)}]";
}
