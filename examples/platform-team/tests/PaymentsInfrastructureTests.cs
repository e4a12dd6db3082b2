using System.Collections.Immutable;
using FleetInfra.Components.Clusters;
using FleetInfra.Components.Fleet;
using Pulumi;

namespace PlatformTeam.Tests;

/// <summary>What the payments program registers, through the FleetInfra.Components package, against mocks.</summary>
public sealed class PaymentsInfrastructureTests
{
    private const string Cluster = "payments-use1";

    [Fact]
    public async Task Provision_Staging_RegistersOneEksClusterAndOneApplicationFleet()
    {
        var run = await PaymentsRun.RunAsync("staging");

        Assert.Equal([Cluster], run.Mocks.OfType(EksCluster.TypeToken).Select(r => r.Name));
        Assert.Equal([Cluster], run.Mocks.OfType(ApplicationFleet.TypeToken).Select(r => r.Name));
        Assert.Single(run.Mocks.OfType("eks:index:Cluster"));
    }

    [Fact]
    public async Task Provision_NodeGroup_IsTheTeamsNodeGroupConfig()
    {
        var run = await PaymentsRun.RunAsync("staging");

        var group = Assert.Single(run.Mocks.OfType("eks:index:ManagedNodeGroup")).Inputs;
        Assert.Equal(["m6i.large", "m6a.large"], Strings(group["instanceTypes"]));
        var scaling = (ImmutableDictionary<string, object>)group["scalingConfig"];
        Assert.Equal((2.0, 5.0, 2.0), ((double)scaling["minSize"], (double)scaling["maxSize"], (double)scaling["desiredSize"]));
        Assert.Equal("payments", ((ImmutableDictionary<string, object>)group["labels"])["team"]);
    }

    [Fact]
    public async Task Provision_NewVpc_UsesTheTeamsCidrInTwoZones()
    {
        var run = await PaymentsRun.RunAsync("staging");

        var vpc = Assert.Single(run.Mocks.OfType("aws:ec2/vpc:Vpc")).Inputs;
        Assert.Equal("10.40.0.0/16", vpc["cidrBlock"]);
        Assert.Equal(2 * PaymentsInfrastructure.AvailabilityZones, run.Mocks.OfType("aws:ec2/subnet:Subnet").Count);
        var eks = Assert.Single(run.Mocks.OfType("eks:index:Cluster")).Inputs;
        Assert.Equal(["203.0.113.0/24"], Strings(eks["publicAccessCidrs"]));
    }

    [Fact]
    public async Task Provision_Apps_AreDeployedWithTheirImagesAndReplicas()
    {
        var run = await PaymentsRun.RunAsync("staging");

        var images = run.Mocks.OfType("kubernetes:apps/v1:Deployment").ToDictionary(
            d => Metadata(d.Inputs)["name"],
            d => Containers(d.Inputs).Select(c => (string)c["image"]).Single());
        Assert.Equal(new Dictionary<object, string>
        {
            ["checkout"] = "registry.example.com/payments/checkout:3.2.1",
            ["ledger"] = "registry.example.com/payments/ledger:1.8.0",
        }, images);
        var autoscaler = Assert.Single(run.Mocks.OfType("kubernetes:autoscaling/v2:HorizontalPodAutoscaler")).Inputs;
        var spec = (ImmutableDictionary<string, object>)autoscaler["spec"];
        Assert.Equal(("checkout", 2.0, 6.0), (Metadata(autoscaler)["name"], (double)spec["minReplicas"], (double)spec["maxReplicas"]));
    }

    [Fact]
    public async Task Provision_Outputs_AreTheUrlsAndASecretKubeconfig()
    {
        var run = await PaymentsRun.RunAsync("staging");

        var urls = await ((Output<ImmutableDictionary<string, ImmutableArray<string>>>)run.Outputs["urls"]!).ResolveAsync();
        Assert.Equal(["https://checkout.payments-use1.payments.example.com"], urls.Value["checkout"].ToArray());
        Assert.Equal(["checkout"], urls.Value.Keys);
        var kubeconfig = await ((Output<string>)run.Outputs["kubeconfig"]!).ResolveAsync();
        Assert.True(kubeconfig.IsSecret);
        Assert.Contains(PaymentsMocks.Endpoint, kubeconfig.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Provision_Prod_TurnsOnEksDeletionProtection()
    {
        var staging = await PaymentsRun.RunAsync("staging");
        var prod = await PaymentsRun.RunAsync("prod");

        Assert.Equal(false, Assert.Single(staging.Mocks.OfType("eks:index:Cluster")).Inputs["deletionProtection"]);
        Assert.Equal(true, Assert.Single(prod.Mocks.OfType("eks:index:Cluster")).Inputs["deletionProtection"]);
    }

    private static string[] Strings(object list) => [.. ((ImmutableArray<object>)list).Cast<string>()];

    private static ImmutableDictionary<string, object> Metadata(ImmutableDictionary<string, object> inputs) =>
        (ImmutableDictionary<string, object>)inputs["metadata"];

    private static IEnumerable<ImmutableDictionary<string, object>> Containers(ImmutableDictionary<string, object> deployment)
    {
        var template = (ImmutableDictionary<string, object>)((ImmutableDictionary<string, object>)deployment["spec"])["template"];
        var podSpec = (ImmutableDictionary<string, object>)template["spec"];
        return ((ImmutableArray<object>)podSpec["containers"]).Cast<ImmutableDictionary<string, object>>();
    }
}
