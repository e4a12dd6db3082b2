using FleetInfra.Core.Diagnostics;

namespace FleetInfra.Core.Autoscaling;

/// <summary>The message queue a <see cref="QueueTrigger"/> reads: the cloud's own, so KEDA authenticates as its pod identity.</summary>
public enum QueueKind
{
    /// <summary>An Amazon SQS queue, read from EKS through IRSA.</summary>
    Sqs,

    /// <summary>A Google Cloud Pub/Sub subscription, read from GKE through Workload Identity.</summary>
    PubSub,
}

/// <summary>
/// An intent's <c>autoscaling.queue</c>: one replica per <see cref="MessagesPerReplica"/> messages waiting in the queue,
/// a KEDA <c>aws-sqs-queue</c> or <c>gcp-pubsub</c> trigger in the app's ScaledObject.
/// </summary>
/// <param name="Kind">SQS or Pub/Sub.</param>
/// <param name="Queue">The SQS queue URL, or the Pub/Sub subscription as written (a name or <c>projects/P/subscriptions/S</c>).</param>
/// <param name="MessagesPerReplica">Messages waiting per replica, above 0.</param>
public sealed record QueueTrigger(QueueKind Kind, string Queue, int MessagesPerReplica)
{
    /// <summary>Where <c>queue</c> is written; null when built in code.</summary>
    public SourceLocation? Source { get; init; }

    /// <summary>Where its <c>type</c> is written (the placement errors point there); null when built in code.</summary>
    public SourceLocation? TypeSource { get; init; }

    /// <summary>The intent's word for <see cref="Kind"/>.</summary>
    public string TypeName => Kind == QueueKind.Sqs ? QueueTypes.Sqs : QueueTypes.PubSub;
}

/// <summary>The values of <c>autoscaling.queue.type</c>.</summary>
public static class QueueTypes
{
    public const string Sqs = "sqs";

    public const string PubSub = "pubsub";
}
