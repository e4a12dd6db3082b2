using FleetInfra.Core.Autoscaling;
using FleetInfra.Core.Rendering.CustomResources;
using FleetInfra.Core.Tests.Scheduling;
using FleetInfra.Core.Tests.Support;
using FleetInfra.Tests.Shared;

namespace FleetInfra.Core.Tests.Autoscaling;

/// <summary>
/// <c>autoscaling.queue</c>: an SQS or Pub/Sub KEDA trigger in the app's one ScaledObject, authenticated by the cluster's
/// ClusterTriggerAuthentication, and KEDA's pod identity planned on exactly the clusters and queues that need it.
/// </summary>
[Collection(CurrentDirectoryCollection.Name)]
public sealed class QueueTriggerTests : IDisposable
{
    private const string OnEks = "placement: { clusters: { matchLabels: { provider: eks } } }";
    private const string OnGke = "placement: { clusters: { matchLabels: { provider: gke } } }";

    private readonly TempFleet _fleet = new();

    public void Dispose() => _fleet.Dispose();

    private TempFleet WithApp(string placement, string autoscaling, string extra = "") => _fleet.WithApps("a.yaml", $"""
        application:
          worker:
            image: r.example.com/worker:1
            min_running_instances: 1
            max_running_instances: 12
            {placement}
            autoscaling: {autoscaling}
        {extra}
        """).WithStack(TempFleet.Stack());

    private const string Web = """
          web:
            image: r.example.com/web:1
            max_running_instances: 4
        """;

    /// <summary>A second app with a queue, for <see cref="WithApp"/>'s extra apps.</summary>
    private static string Mailer(string placement, string queue) => $$"""
          mailer:
            image: r.example.com/mailer:1
            max_running_instances: 4
            {{placement}}
            autoscaling: { queue: {{queue}} }

        """;

    [Fact]
    public void Sqs_IsAnAwsSqsQueueTrigger_WithTheRegionOfItsUrl_AuthenticatedByThePodIdentity()
    {
        WithApp(OnEks, "{ cpu: 60, queue: { type: sqs, url: https://sqs.eu-central-1.amazonaws.com/123456789012/orders, messages_per_replica: 25 } }");

        var scaled = _fleet.Single<ScaledObject>("eks-use1", "worker");

        Assert.Equal(["cpu", "aws-sqs-queue"], scaled.Spec.Triggers.Select(t => t.Type));
        var queue = scaled.Spec.Triggers[1];
        Assert.Equal(
            new Dictionary<string, string> { ["awsRegion"] = "eu-central-1", ["queueLength"] = "25", ["queueURL"] = "https://sqs.eu-central-1.amazonaws.com/123456789012/orders" },
            queue.Metadata);
        Assert.Equal(new AuthenticationRef { Name = "fleetinfra-aws-pod-identity", Kind = "ClusterTriggerAuthentication" }, queue.AuthenticationRef);
        Assert.Equal((1, 12), (scaled.Spec.MinReplicaCount, scaled.Spec.MaxReplicaCount));
    }

    [Theory]
    [InlineData("mail-outbox", "projects/acme-dev/subscriptions/mail-outbox")]
    [InlineData("projects/acme-mail/subscriptions/outbox", "projects/acme-mail/subscriptions/outbox")]
    public void PubSub_IsAGcpPubSubTrigger_OnTheFullSubscriptionName(string subscription, string fullName)
    {
        WithApp(OnGke, $"{{ queue: {{ type: pubsub, subscription: {subscription}, messages_per_replica: 50 }} }}");

        var trigger = Assert.Single(_fleet.Single<ScaledObject>("gke-euw1", "worker").Spec.Triggers);

        Assert.Equal("gcp-pubsub", trigger.Type);
        Assert.Equal(new Dictionary<string, string> { ["mode"] = "NumUndeliveredMessages", ["subscriptionName"] = fullName, ["value"] = "50" }, trigger.Metadata);
        Assert.Equal("fleetinfra-gcp-pod-identity", trigger.AuthenticationRef!.Name);
    }

    [Fact]
    public void QueueTrigger_AndWorkingHours_ShareOneScaledObject()
    {
        _fleet.WithApps("a.yaml", $$"""
            application:
              worker:
                image: r.example.com/worker:1
                max_running_instances: 6
                {{OnEks}}
                autoscaling: { prometheus: [ { query: "sum(jobs)", threshold: 10 } ], queue: { type: sqs, url: https://sqs.us-east-1.amazonaws.com/123456789012/jobs, messages_per_replica: 5 } }
            """).WithStack(TempFleet.Stack("""
              fleet:schedule: { active: "Mon-Fri 07:00-20:00", timezone: Europe/Paris }
            """));

        var scaled = _fleet.Single<ScaledObject>("eks-use1", "worker");

        Assert.Equal(0, scaled.Spec.MinReplicaCount);
        Assert.Equal(["cron", "prometheus", "aws-sqs-queue"], scaled.Spec.Triggers.Select(t => t.Type));
    }

    [Fact]
    public void PodIdentity_IsPlannedOnlyWhereAQueueIs_ScopedToTheQueuesOfThatCluster()
    {
        WithApp(OnEks, "{ queue: { type: sqs, url: https://sqs.us-east-1.amazonaws.com/123456789012/jobs, messages_per_replica: 5 } }",
            Mailer(OnEks, "{ type: sqs, url: \"https://sqs.cn-north-1.amazonaws.com.cn/210987654321/mail.fifo\", messages_per_replica: 1 }") + Web);

        var plan = _fleet.Plan();
        var eks = plan.Clusters.Single(c => c.Name == "eks-use1").Addons;
        var gke = plan.Clusters.Single(c => c.Name == "gke-euw1").Addons;

        Assert.Equal("aws", eks.KedaPodIdentity!.Provider);
        Assert.Equal(["arn:aws-cn:sqs:cn-north-1:210987654321:mail.fifo", "arn:aws:sqs:us-east-1:123456789012:jobs"], eks.KedaPodIdentity.SqsQueueArns.AsEnumerable());
        Assert.Equal(["mailer", "worker"], eks.KedaPodIdentity.Apps.AsEnumerable());
        Assert.Contains(eks.Decisions, d => d.Need == "queue authentication" && d.Delivery.Contains("sqs:GetQueueAttributes on arn:aws-cn:sqs:cn-north-1:210987654321:mail.fifo, arn:aws:sqs:us-east-1:123456789012:jobs", StringComparison.Ordinal));
        Assert.Null(gke.KedaPodIdentity);
        Assert.Null(gke.Keda);
    }

    [Fact]
    public void PodIdentityOnGke_ReadsTheMonitoringOfEachSubscriptionsProject()
    {
        WithApp(OnGke, "{ queue: { type: pubsub, subscription: jobs, messages_per_replica: 5 } }",
            Mailer(OnGke, "{ type: pubsub, subscription: projects/acme-mail/subscriptions/outbox, messages_per_replica: 1 }"));

        var identity = _fleet.Cluster("gke-euw1").Addons.KedaPodIdentity!;

        Assert.Equal(("gcp", "fleetinfra-gcp-pod-identity"), (identity.Provider, identity.Authentication));
        Assert.Equal(["acme-dev", "acme-mail"], identity.MonitoringProjects.AsEnumerable());
        Assert.Empty(identity.SqsQueueArns);
        Assert.Null(_fleet.Cluster("eks-use1").Addons.KedaPodIdentity);
    }

    [Theory]
    [InlineData("https://sqs.us-east-1.amazonaws.com/123456789012/orders", "arn:aws:sqs:us-east-1:123456789012:orders")]
    [InlineData("https://sqs.us-gov-west-1.amazonaws.com/123456789012/orders", "arn:aws-us-gov:sqs:us-gov-west-1:123456789012:orders")]
    [InlineData("https://sqs.cn-northwest-1.amazonaws.com.cn/123456789012/orders", "arn:aws-cn:sqs:cn-northwest-1:123456789012:orders")]
    [InlineData("https://sqs.eu-central-1.amazonaws.com/123456789012/orders_v2.fifo", "arn:aws:sqs:eu-central-1:123456789012:orders_v2.fifo")]
    public void SqsQueueUrl_GivesTheQueueArn(string url, string arn) => Assert.Equal(arn, SqsQueue.FromUrl(url)?.Arn);

    [Theory]
    [InlineData("http://sqs.us-east-1.amazonaws.com/123456789012/orders")]
    [InlineData("https://sqs.us-east-1.amazonaws.com/12345678901/orders")]
    [InlineData("https://sqs.us-east-1.amazonaws.com/123456789012/")]
    [InlineData("https://sqs.us-east-1.amazonaws.com/123456789012/orders/extra")]
    [InlineData("https://sns.us-east-1.amazonaws.com/123456789012/orders")]
    [InlineData("https://sqs.us-east-1.example.com/123456789012/orders")]
    [InlineData("https://sqs.us-east-1.amazonaws.com/123456789012/orders.fifo.fifo")]
    [InlineData("orders")]
    public void NotAnSqsQueueUrl_HasNoArn(string url) => Assert.Null(SqsQueue.FromUrl(url));

    [UpstreamCrdFact(UpstreamCrds.KedaScaledObject)]
    public void ScaledObjectsWithQueueTriggers_AreValidAgainstThePinnedKedaCrd()
    {
        WithApp(OnEks, "{ queue: { type: sqs, url: https://sqs.us-east-1.amazonaws.com/123456789012/jobs, messages_per_replica: 5 } }",
            Mailer(OnGke, "{ type: pubsub, subscription: outbox, messages_per_replica: 1 }"));

        var scaledObjects = VerticalScalingTests.RenderedOfKind(_fleet.Plan(), ScaledObject.KindName);

        Assert.Equal(2, scaledObjects.Count);
        Assert.All(scaledObjects, o => Assert.Empty(KedaCrdSchema.Problems(o)));
    }

    [Fact]
    public void BadQueues_AreReportedAtTheirLine()
    {
        _fleet.WithApps("a.yaml", """
            application:
              typo:
                image: r.example.com/a:1
                max_running_instances: 4
                autoscaling: { queue: { type: sqss, url: https://sqs.us-east-1.amazonaws.com/123456789012/a, messages_per_replica: 5 } }
              zero:
                image: r.example.com/a:1
                max_running_instances: 4
                autoscaling: { queue: { type: sqs, url: https://sqs.us-east-1.amazonaws.com/123456789012/a, messages_per_replica: 0 } }
              badurl:
                image: r.example.com/a:1
                max_running_instances: 4
                autoscaling: { queue: { type: sqs, url: https://example.com/queues/a, messages_per_replica: 5 } }
              mixed:
                image: r.example.com/a:1
                max_running_instances: 4
                autoscaling: { queue: { type: pubsub, url: https://sqs.us-east-1.amazonaws.com/123456789012/a, messages_per_replica: 5 } }
              nourl:
                image: r.example.com/a:1
                max_running_instances: 4
                autoscaling: { queue: { type: sqs, messages_per_replica: 5 } }
            """).WithStack(TempFleet.Stack());

        Assert.Equal(
        [
            "apps/a.yaml:13:45: application.badurl.autoscaling.queue.url: 'https://example.com/queues/a' is not an SQS queue URL; write it as https://sqs.<region>.amazonaws.com/<12-digit account>/<queue name>, like https://sqs.eu-central-1.amazonaws.com/123456789012/orders",
            "apps/a.yaml:17:43: application.mixed.autoscaling.queue.url: is for sqs queues; a pubsub queue is named by subscription",
            "apps/a.yaml:21:27: application.nourl.autoscaling.queue.url: is missing; set the queue URL, like https://sqs.eu-central-1.amazonaws.com/123456789012/orders",
            "apps/a.yaml:5:35: application.typo.autoscaling.queue.type: 'sqss' is not a queue type (did you mean 'sqs'?); use sqs (Amazon SQS, on EKS) or pubsub (Google Cloud Pub/Sub, on GKE)",
            "apps/a.yaml:9:119: application.zero.autoscaling.queue.messages_per_replica: 0 is not above 0; set how many waiting messages one replica handles, like 10",
        ],
        _fleet.Errors().Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("{ type: pubsub, subscription: jobs, messages_per_replica: 5 }", "eks", "pubsub is read with Google credentials (Workload Identity on GKE), but 'worker' is placed on EKS cluster 'eks-use1', which would need a cloud key; place 'worker' on GKE clusters only, or use type: sqs there")]
    [InlineData("{ type: sqs, url: https://sqs.us-east-1.amazonaws.com/123456789012/jobs, messages_per_replica: 5 }", "gke", "sqs is read with AWS credentials (IRSA on EKS), but 'worker' is placed on GKE cluster 'gke-euw1', which would need a cloud key; place 'worker' on EKS clusters only, or use type: pubsub there")]
    public void QueueOfTheOtherCloud_IsRefused_AtItsType(string queue, string provider, string message)
    {
        WithApp($"placement: {{ clusters: {{ matchLabels: {{ provider: {provider} }} }} }}", $"{{ queue: {queue} }}");

        Assert.Equal([$"apps/a.yaml:7:35: application.worker.autoscaling.queue.type: {message}"], _fleet.Errors());
    }
}

/// <summary>An apps-only (review) stack installs no add-on, so its queue triggers rely on the base's pod identity: a warning says so.</summary>
public sealed class QueuePlacementTests
{
    [Fact]
    public void AppsOnlyStack_WarnsThatTheBasesPodIdentityReadsTheQueue_AndOwnStacksDoNot()
    {
        var intent = new Core.Intents.ApplicationIntent
        {
            Name = "worker",
            Source = new Core.Diagnostics.SourceLocation("apps/a.yaml", 2, 3),
            Autoscaling = new HorizontalScaling { Queue = new QueueTrigger(QueueKind.Sqs, "https://sqs.us-east-1.amazonaws.com/123456789012/jobs", 5) },
        };
        var cluster = new Core.Config.ClusterConfig
        {
            Name = "eks-use1", Provider = Core.Config.CloudProvider.Eks, Region = "us-east-1", KubernetesVersion = "1.33", NodeGroups = [], Source = intent.Source,
        };
        var review = new Core.Diagnostics.DiagnosticBag();
        var own = new Core.Diagnostics.DiagnosticBag();

        QueuePlacement.Check(intent, cluster, appsOnly: true, review);
        QueuePlacement.Check(intent, cluster, appsOnly: false, own);

        var warning = Assert.Single(review.ToImmutableSorted());
        Assert.False(warning.IsError);
        Assert.Equal(("apps/a.yaml", 2, 3, "application.worker.autoscaling.queue"), (warning.Location.File, warning.Location.Line, warning.Location.Column, warning.FieldPath));
        Assert.StartsWith("an apps-only stack installs no add-on", warning.Message, StringComparison.Ordinal);
        Assert.Empty(own.ToImmutableSorted());
    }
}
