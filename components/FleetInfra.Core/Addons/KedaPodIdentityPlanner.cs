using System.Collections.Immutable;
using FleetInfra.Core.Autoscaling;
using FleetInfra.Core.Config;
using FleetInfra.Core.Planning;

namespace FleetInfra.Core.Addons;

/// <summary>Plans KEDA's pod identity on a cluster only where one of its apps scales on a queue, scoped to those queues.</summary>
internal static class KedaPodIdentityPlanner
{
    public static ClusterAddons WithQueues(ClusterAddons addons, ClusterConfig cluster, ImmutableArray<AppPlan> apps)
    {
        var queued = apps.Where(a => a.Scaling.Autoscaled && a.Scaling.Horizontal.Queue is not null).ToList();
        if (queued.Count == 0)
        {
            return addons;
        }

        var queues = queued.Select(a => a.Scaling.Horizontal.Queue!).ToList();
        var appNames = queued.Select(a => a.Name).Order(StringComparer.Ordinal).ToImmutableArray();
        KedaPodIdentityPlan plan;
        string delivery;
        if (cluster.Provider == CloudProvider.Eks)
        {
            // The placement check refused any other kind of queue on EKS.
            var arns = queues.Select(q => SqsQueue.FromUrl(q.Queue)?.Arn).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToImmutableArray();
            plan = new KedaPodIdentityPlan("aws", arns, [], appNames);
            delivery = $"IRSA role of {KedaPodIdentityPlan.OperatorNamespace}/{KedaPodIdentityPlan.OperatorServiceAccount}: sqs:GetQueueAttributes on {string.Join(", ", arns)}";
        }
        else
        {
            var projects = queues.Select(q => PubSubSubscription.Parse(q.Queue)?.ProjectOr(cluster.Project!)).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToImmutableArray();
            plan = new KedaPodIdentityPlan("gcp", [], projects, appNames);
            delivery = $"Workload Identity of {KedaPodIdentityPlan.OperatorNamespace}/{KedaPodIdentityPlan.OperatorServiceAccount}: roles/monitoring.viewer on {string.Join(", ", projects)}";
        }

        return addons with
        {
            KedaPodIdentity = plan,
            Decisions = addons.Decisions.Add(new AddonDecision("queue authentication", delivery, $"{KedaPodIdentityPlan.AuthenticationKind} {plan.Authentication} for {string.Join(", ", appNames)}")),
        };
    }
}
