using FleetInfra.Core.Config;
using FleetInfra.Core.Diagnostics;
using FleetInfra.Core.Intents;

namespace FleetInfra.Core.Autoscaling;

/// <summary>
/// A queue trigger works where KEDA can read the queue as the cluster's own pod identity: SQS from EKS (IRSA), Pub/Sub
/// from GKE (Workload Identity). Anywhere else it would need a cloud key in the cluster, which FleetInfra never puts there.
/// </summary>
internal static class QueuePlacement
{
    public static void Check(ApplicationIntent intent, ClusterConfig cluster, DiagnosticBag diagnostics)
    {
        if (intent.Autoscaling?.Queue is not { } queue)
        {
            return;
        }

        var (needs, identity, other) = queue.Kind == QueueKind.Sqs
            ? (CloudProvider.Eks, "AWS credentials (IRSA on EKS)", QueueTypes.PubSub)
            : (CloudProvider.Gke, "Google credentials (Workload Identity on GKE)", QueueTypes.Sqs);
        if (cluster.Provider == needs)
        {
            return;
        }

        diagnostics.Error(queue.TypeSource ?? queue.Source ?? intent.Source, $"{IntentKeys.Application}.{intent.Name}.{AutoscalingKeys.AutoscalingKey}.{QueueKeys.Key}.type",
            $"{queue.TypeName} is read with {identity}, but '{intent.Name}' is placed on {ProviderName(cluster.Provider)} cluster '{cluster.Name}', which would need a cloud key; place '{intent.Name}' on {ProviderName(needs)} clusters only, or use a {other} queue there");
    }

    private static string ProviderName(CloudProvider provider) => provider == CloudProvider.Eks ? "EKS" : "GKE";
}
