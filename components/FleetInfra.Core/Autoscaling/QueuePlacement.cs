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
    /// <param name="intent">The app.</param>
    /// <param name="cluster">A cluster the app is placed on.</param>
    /// <param name="appsOnly">The stack is apps-only (a review environment), which installs no add-on on its base's clusters.</param>
    /// <param name="diagnostics">Where the error goes.</param>
    public static void Check(ApplicationIntent intent, ClusterConfig cluster, bool appsOnly, DiagnosticBag diagnostics)
    {
        if (intent.Autoscaling?.Queue is not { } queue)
        {
            return;
        }

        var (needs, identity, other) = queue.Kind == QueueKind.Sqs
            ? (CloudProvider.Eks, "AWS credentials (IRSA on EKS)", QueueTypes.PubSub)
            : (CloudProvider.Gke, "Google credentials (Workload Identity on GKE)", QueueTypes.Sqs);
        var path = $"{IntentKeys.Application}.{intent.Name}.{AutoscalingKeys.AutoscalingKey}.{QueueKeys.Key}";
        if (cluster.Provider == needs)
        {
            if (appsOnly)
            {
                diagnostics.Warning(queue.Source ?? intent.Source, path,
                    $"an apps-only stack installs no add-on, so on cluster '{cluster.Name}' KEDA reads this queue with the base stack's pod identity, which allows only the base's own queues; give the base stack an app with this queue, or expect the trigger to fail");
            }

            return;
        }

        diagnostics.Error(queue.TypeSource ?? queue.Source ?? intent.Source, $"{path}.type",
            $"{queue.TypeName} is read with {identity}, but '{intent.Name}' is placed on {ProviderName(cluster.Provider)} cluster '{cluster.Name}', which would need a cloud key; place '{intent.Name}' on {ProviderName(needs)} clusters only, or use type: {other} there");
    }

    private static string ProviderName(CloudProvider provider) => provider == CloudProvider.Eks ? "EKS" : "GKE";
}
