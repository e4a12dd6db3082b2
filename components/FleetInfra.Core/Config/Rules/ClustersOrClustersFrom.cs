using FleetInfra.Core.Review;
using FleetInfra.Core.Schema.Reading;

namespace FleetInfra.Core.Config.Rules;

/// <summary>
/// A stack owns its clusters (<c>fleet:clusters</c>) or is apps-only (<c>fleet:clustersFrom</c>), never both; the keys of
/// apps-only stacks need <c>fleet:clustersFrom</c>, and an apps-only stack's name ends its namespaces and hosts.
/// </summary>
internal sealed class ClustersOrClustersFrom : TableRule<StackConfig>
{
    public static readonly ClustersOrClustersFrom Instance = new();

    public override bool Check(TableContext context, ref StackConfig value)
    {
        var clusters = context["clusters"];
        var clustersFrom = context["clustersFrom"];
        if (clustersFrom is null)
        {
            if (clusters is null)
            {
                context.Error(context.Owner, "clusters", "is missing; list the stack's clusters under fleet:clusters");
            }

            foreach (var key in (string[])["expiresAt", "reviewQuota", "idleAfter", "lastChangeAt", "suspended"])
            {
                if (context[key] is { } node)
                {
                    context.Error(node, key, "belongs to apps-only stacks; set fleet:clustersFrom to the base stack, or remove it");
                }
            }

            return true;
        }

        if (clusters is not null)
        {
            context.Error(clusters, "clusters", "an apps-only stack (fleet:clustersFrom) deploys onto its base's clusters and owns none; remove fleet:clusters or fleet:clustersFrom");
        }

        if (ReviewNames.Problem(value.StackName) is { } problem)
        {
            context.Error(clustersFrom, "clustersFrom", $"makes this stack apps-only, and its name ends every namespace and host: {problem}");
        }
        else if (value.ClustersFrom is { } reference && reference.StackName == value.StackName)
        {
            context.Error(clustersFrom, "clustersFrom", "names this stack itself; name the stack that owns the clusters, like staging");
        }

        return true;
    }
}
