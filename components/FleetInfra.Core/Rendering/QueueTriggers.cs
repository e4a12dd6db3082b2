using System.Globalization;
using FleetInfra.Core.Addons;
using FleetInfra.Core.Autoscaling;
using FleetInfra.Core.Planning;
using FleetInfra.Core.Rendering.CustomResources;

namespace FleetInfra.Core.Rendering;

/// <summary>
/// The KEDA trigger of an app's <c>autoscaling.queue</c>, authenticated by the cluster's
/// <see cref="KedaPodIdentityPlan.AuthenticationKind"/> (planned with the KEDA add-on, never a key in the app).
/// </summary>
public static class QueueTriggers
{
    /// <summary>The trigger's name in the ScaledObject.</summary>
    public const string TriggerName = "queue";

    /// <summary>
    /// Pub/Sub's count of messages not yet acknowledged, the metric KEDA's default mode <c>SubscriptionSize</c> stands for;
    /// written out so that the trigger says what it measures.
    /// </summary>
    public const string PubSubMode = "NumUndeliveredMessages";

    public static ScaledObjectTrigger For(ClusterPlan cluster, QueueTrigger queue)
    {
        var authentication = new AuthenticationRef { Name = KedaPodIdentityPlan.AuthenticationName(cluster.Provider), Kind = KedaPodIdentityPlan.AuthenticationKind };
        var target = queue.MessagesPerReplica.ToString(CultureInfo.InvariantCulture);
        return queue.Kind == QueueKind.Sqs ? Sqs(queue, target, authentication) : PubSub(cluster, queue, target, authentication);
    }

    /// <summary>
    /// <c>aws-sqs-queue</c> (kedacore/keda v2.20.2, <c>pkg/scalers/aws_sqs_queue_scaler.go</c>, <c>awsSqsQueueMetadata</c>):
    /// <c>queueURL</c>, <c>queueLength</c> (messages per replica) and <c>awsRegion</c>, which the scaler requires and
    /// FleetInfra takes from the URL. With <c>podIdentity.provider: aws</c> and no role ARN, the scaler uses the
    /// operator's own credentials, its IRSA role (<c>pkg/scalers/aws/aws_common.go</c>, <c>GetAwsAuthorization</c>).
    /// </summary>
    private static ScaledObjectTrigger Sqs(QueueTrigger queue, string target, AuthenticationRef authentication) => new()
    {
        Type = "aws-sqs-queue",
        Name = TriggerName,
        Metadata = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["queueURL"] = queue.Queue,
            ["queueLength"] = target,
            ["awsRegion"] = SqsQueue.FromUrl(queue.Queue)?.Region ?? throw new ArgumentException($"'{queue.Queue}' is not an SQS queue URL", nameof(queue)),
        },
        AuthenticationRef = authentication,
    };

    /// <summary>
    /// <c>gcp-pubsub</c> (kedacore/keda v2.20.2, <c>pkg/scalers/gcp_pubsub_scaler.go</c>, <c>pubsubMetadata</c>):
    /// <c>subscriptionName</c> always as <c>projects/P/subscriptions/S</c> (a bare name gets the cluster's project, so
    /// the scaler never guesses it), <c>mode</c> and <c>value</c> (messages per replica). With
    /// <c>podIdentity.provider: gcp</c> the scaler queries Cloud Monitoring as the operator's Workload Identity
    /// (<c>pkg/scalers/gcp/gcp_common.go</c>, <c>GetGCPAuthorization</c>). KEDA 2.20 announces this scaler deprecated
    /// (its <c>value</c> key: "This scaler is deprecated. More info -> https://keda.sh/blog/2025-09-15-gcp-deprecations");
    /// its Cloud Monitoring sibling <c>gcp-stackdriver</c> carries the same notice, so there is no replacement scaler to
    /// move to at this tag.
    /// </summary>
    private static ScaledObjectTrigger PubSub(ClusterPlan cluster, QueueTrigger queue, string target, AuthenticationRef authentication)
    {
        var subscription = PubSubSubscription.Parse(queue.Queue) ?? throw new ArgumentException($"'{queue.Queue}' is not a Pub/Sub subscription", nameof(queue));
        return new ScaledObjectTrigger
        {
            Type = "gcp-pubsub",
            Name = TriggerName,
            Metadata = new SortedDictionary<string, string>(StringComparer.Ordinal)
            {
                ["subscriptionName"] = subscription.FullName(cluster.Cluster.Project ?? throw new ArgumentException($"GKE cluster '{cluster.Name}' has no project", nameof(cluster))),
                ["mode"] = PubSubMode,
                ["value"] = target,
            },
            AuthenticationRef = authentication,
        };
    }
}
