using System.Text.Json;
using FleetInfra.Components.Clusters;
using FleetInfra.Components.Tests.Fleet;
using FleetInfra.Components.Tests.Mocks;
using FleetInfra.Core.Planning;
using Xunit;

namespace FleetInfra.Components.Tests.Clusters;

/// <summary>
/// KEDA's pod identity for queue triggers exists only on a cluster whose apps scale on a queue, and reads only what they
/// name: on EKS an IRSA role of <c>keda:keda-operator</c> allowed <c>sqs:GetQueueAttributes</c> on exactly the queue's
/// ARN, on GKE a Google service account with Cloud Monitoring read on the subscription's project; with the
/// ClusterTriggerAuthentication the triggers name. The plans come from the held-out fixture tests/fixtures/autoscaling.
/// </summary>
public sealed class QueueAuthenticationTests
{
    private const string AuthenticationType = KubernetesOutputs.ClusterTriggerAuthenticationType;

    private static readonly FleetPlan Queues = FleetInfra.Core.Planning.FleetLoader
        .Load(Path.Combine(StackPlans.RepositoryRoot, "tests", "fixtures", "autoscaling", "Pulumi.autoscaling.yaml")).PlanOrThrow();

    private static ClusterPlan QueuesOn(string cluster) => Queues.Clusters.Single(c => c.Name == cluster);

    private static Task<ComponentRun<EksCluster>> RunEksAsync(ClusterPlan plan) =>
        ComponentRun<EksCluster>.RunAsync(options => new EksCluster("eks-use1", new EksClusterArgs { Cluster = plan.Cluster, Addons = plan.Addons }, options));

    private static Task<ComponentRun<GkeCluster>> RunGkeAsync(ClusterPlan plan) =>
        ComponentRun<GkeCluster>.RunAsync(options => new GkeCluster("gke-euw1", new GkeClusterArgs { Cluster = plan.Cluster, Addons = plan.Addons }, options));

    [Fact]
    public async Task Eks_WithAnSqsTrigger_TheOperatorsRoleReadsExactlyTheNamedQueue()
    {
        var run = await RunEksAsync(QueuesOn("eks-use1"));

        var policy = JsonDocument.Parse((string)run.Mocks.Single("aws:iam/policy:Policy", "eks-use1-keda").Inputs["policy"]).RootElement;
        var statement = Assert.Single(policy.GetProperty("Statement").EnumerateArray());
        Assert.Equal("Allow", statement.GetProperty("Effect").GetString());
        Assert.Equal(["sqs:GetQueueAttributes"], statement.GetProperty("Action").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(["arn:aws:sqs:us-east-1:123456789012:invoices"], statement.GetProperty("Resource").EnumerateArray().Select(r => r.GetString()));

        var trust = JsonDocument.Parse((string)run.Mocks.Single("aws:iam/role:Role", "eks-use1-keda").Inputs["assumeRolePolicy"]).RootElement;
        var conditions = trust.GetProperty("Statement")[0].GetProperty("Condition").GetProperty("StringEquals");
        Assert.Contains(conditions.EnumerateObject(), c => c.Name.EndsWith(":sub", StringComparison.Ordinal) && c.Value.GetString() == "system:serviceaccount:keda:keda-operator");

        var irsa = run.Mocks.Single(KubernetesOutputs.HelmReleaseType, "eks-use1-keda").Map("values").Map("podIdentity").Map("aws").Map("irsa");
        Assert.Equal((true, $"arn:aws:iam::{MockValues.AccountId}:role/eks-use1-keda"), ((bool)irsa["enabled"], (string)irsa["roleArn"]));

        var authentication = Assert.Single(run.Mocks.OfType(AuthenticationType));
        Assert.Equal("fleetinfra-aws-pod-identity", (string)authentication.Map("metadata")["name"]);
        Assert.Equal("aws", (string)authentication.Map("spec").Map("podIdentity")["provider"]);
    }

    [Fact]
    public async Task Gke_WithAPubSubTrigger_TheOperatorActsAsAServiceAccountThatReadsTheProjectsMetrics()
    {
        var run = await RunGkeAsync(QueuesOn("gke-euw1"));

        var account = run.Mocks.Single("gcp:serviceaccount/account:Account", "gke-euw1-keda");
        Assert.StartsWith("gke-euw1-keda-", (string)account.Inputs["accountId"], StringComparison.Ordinal);
        var monitoring = Assert.Single(run.Mocks.OfType("gcp:projects/iAMMember:IAMMember"), m => ((string)m.Inputs["member"]).Contains("-keda-", StringComparison.Ordinal));
        Assert.Equal(("acme-staging", "roles/monitoring.viewer"), ((string)monitoring.Inputs["project"], (string)monitoring.Inputs["role"]));
        var binding = Assert.Single(run.Mocks.OfType("gcp:serviceaccount/iAMMember:IAMMember"));
        Assert.Equal(
            ("roles/iam.workloadIdentityUser", "serviceAccount:acme-staging.svc.id.goog[keda/keda-operator]"),
            ((string)binding.Inputs["role"], (string)binding.Inputs["member"]));

        var gcp = run.Mocks.Single(KubernetesOutputs.HelmReleaseType, "gke-euw1-keda").Map("values").Map("podIdentity").Map("gcp");
        Assert.Equal(true, gcp["enabled"]);
        Assert.EndsWith("@acme-staging.iam.gserviceaccount.com", (string)gcp["gcpIAMServiceAccount"], StringComparison.Ordinal);
        Assert.Equal("gcp", (string)Assert.Single(run.Mocks.OfType(AuthenticationType)).Map("spec").Map("podIdentity")["provider"]);
    }

    [Fact]
    public async Task ClustersWithoutQueueTriggers_GetNoPodIdentity_EvenWithKeda()
    {
        var eks = QueuesOn("eks-use1");
        var gke = QueuesOn("gke-euw1");
        var eksRun = await RunEksAsync(eks with { Addons = eks.Addons with { KedaPodIdentity = null } });
        var gkeRun = await RunGkeAsync(gke with { Addons = gke.Addons with { KedaPodIdentity = null } });

        Assert.Empty(eksRun.Mocks.OfType(AuthenticationType));
        Assert.Empty(gkeRun.Mocks.OfType(AuthenticationType));
        Assert.DoesNotContain(eksRun.Mocks.OfType("aws:iam/role:Role"), r => r.Name == "eks-use1-keda");
        Assert.DoesNotContain(gkeRun.Mocks.OfType("gcp:serviceaccount/account:Account"), a => a.Name == "gke-euw1-keda");
        Assert.Empty(gkeRun.Mocks.OfType("gcp:serviceaccount/iAMMember:IAMMember"));
        Assert.False(eksRun.Mocks.Single(KubernetesOutputs.HelmReleaseType, "eks-use1-keda").Inputs.ContainsKey("values"));
        Assert.False(gkeRun.Mocks.Single(KubernetesOutputs.HelmReleaseType, "gke-euw1-keda").Inputs.ContainsKey("values"));
    }
}
