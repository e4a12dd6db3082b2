using FleetInfra.Core.Diagnostics;
using FleetInfra.Core.Schema;
using FleetInfra.Core.Schema.Reading;

namespace FleetInfra.Core.Autoscaling;

/// <summary>
/// The keys of <c>autoscaling.queue</c>: a KEDA queue trigger that authenticates as the cluster's pod identity (IRSA on
/// EKS, Workload Identity on GKE), so the intent names the queue and never a key.
/// </summary>
public static class QueueKeys
{
    public const string Key = "queue";

    public const string Url = "url";

    public const string Subscription = "subscription";

    public const string MessagesPerReplica = "messages_per_replica";

    public static readonly TextSpec Type = TextSpec.OneOf(QueueTypes.Sqs, QueueTypes.PubSub) with
    {
        What = "sqs or pubsub",
        Explain = type => $"'{type}' is not a queue type{Suggestions.DidYouMean(type, [QueueTypes.Sqs, QueueTypes.PubSub])}; use sqs (Amazon SQS, on EKS) or pubsub (Google Cloud Pub/Sub, on GKE)",
    };

    public static readonly TextSpec QueueUrl = TextSpec.Matching(SqsQueue.Url()) with
    {
        What = "an SQS queue URL like https://sqs.eu-central-1.amazonaws.com/123456789012/orders",
        Explain = url => $"'{url}' is not an SQS queue URL; write it as https://sqs.<region>.amazonaws.com/<12-digit account>/<queue name>, like https://sqs.eu-central-1.amazonaws.com/123456789012/orders",
    };

    public static readonly TextSpec SubscriptionName = TextSpec.Matching(PubSubSubscription.Subscription()) with
    {
        What = "a Pub/Sub subscription like projects/acme-prod/subscriptions/orders or orders",
        Explain = name => $"'{name}' is not a Pub/Sub subscription; write projects/<project>/subscriptions/<name> or a name of the cluster's project (a letter, then 2 to 254 letters, digits or -_.~+%)",
    };

    public static readonly KeyTable Table = new("queueTrigger",
        "A KEDA queue trigger: one replica per messages_per_replica messages waiting. KEDA reads the queue as its own pod identity (IRSA on EKS, Workload Identity on GKE); no key goes in the intent.",
        new KeySpec("type", Type, "sqs (Amazon SQS, apps on EKS) or pubsub (Google Cloud Pub/Sub, apps on GKE).") { Required = true }
            .MissingSays("is missing; set sqs or pubsub")
            .ReadsText<QueueTrigger>((trigger, type) => trigger with { Kind = type == QueueTypes.Sqs ? QueueKind.Sqs : QueueKind.PubSub }),
        new KeySpec(Url, QueueUrl, "sqs: the queue URL, like https://sqs.eu-central-1.amazonaws.com/123456789012/orders.")
            .ReadsText<QueueTrigger>((trigger, url) => trigger with { Queue = url }),
        new KeySpec(Subscription, SubscriptionName, "pubsub: the subscription, projects/<project>/subscriptions/<name> or a name in the cluster's project.")
            .ReadsText<QueueTrigger>((trigger, name) => trigger with { Queue = name }),
        new KeySpec(MessagesPerReplica, new IntegerSpec(1, int.MaxValue) { What = "a number of messages above 0" },
            "Messages waiting per replica, above 0 (KEDA's queueLength for sqs, value for pubsub).") { Required = true }
            .MissingSays("is missing; set how many waiting messages one replica handles, like 10")
            .Reads<QueueTrigger, int>(AutoscalingReaders.MessagesPerReplica, (trigger, count) => trigger with { MessagesPerReplica = count }))
    {
        Rules =
        [
            new KeyRule("type", QueueTypes.Sqs, [Subscription], [Url]),
            new KeyRule("type", QueueTypes.PubSub, [Url], [Subscription]),
        ],
    };
}
