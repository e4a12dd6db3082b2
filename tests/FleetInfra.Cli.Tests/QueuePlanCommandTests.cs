using System.Text.Json;

namespace FleetInfra.Cli.Tests;

/// <summary><c>fleet plan</c> on the held-out autoscaling stack shows KEDA's pod identity for queue triggers, and on which cluster.</summary>
public sealed class QueuePlanCommandTests
{
    private static string AutoscalingStack => Path.Combine(CliRun.RepositoryRoot, "tests", "fixtures", "autoscaling", "Pulumi.autoscaling.yaml");

    [Fact]
    public void PlanJson_ShowsTheQueueAuthenticationOfEachCluster_ScopedToItsQueues()
    {
        var run = CliRun.Of("plan", "--config", AutoscalingStack, "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var decisions = json.RootElement.GetProperty("clusters").EnumerateArray().ToDictionary(
            c => c.GetProperty("name").GetString()!,
            c => c.GetProperty("addons").EnumerateArray().Single(a => a.GetProperty("need").GetString() == "queue authentication"));
        Assert.Equal(
            ("IRSA role of keda/keda-operator: sqs:GetQueueAttributes on arn:aws:sqs:us-east-1:123456789012:invoices", "ClusterTriggerAuthentication fleetinfra-aws-pod-identity for invoices"),
            (decisions["eks-use1"].GetProperty("delivery").GetString(), decisions["eks-use1"].GetProperty("reason").GetString()));
        Assert.Equal(
            ("Workload Identity of keda/keda-operator: roles/monitoring.viewer on acme-staging", "ClusterTriggerAuthentication fleetinfra-gcp-pod-identity for mailer"),
            (decisions["gke-euw1"].GetProperty("delivery").GetString(), decisions["gke-euw1"].GetProperty("reason").GetString()));
    }

    [Fact]
    public void Plan_OfAStackWithoutQueueTriggers_HasNoQueueAuthentication()
    {
        var run = CliRun.Of("plan", "--config", CliRun.StackFile("dev"), "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var needs = json.RootElement.GetProperty("clusters").EnumerateArray()
            .SelectMany(c => c.GetProperty("addons").EnumerateArray()).Select(a => a.GetProperty("need").GetString()).ToList();
        Assert.Contains("schedules", needs);
        Assert.DoesNotContain("queue authentication", needs);
    }
}
