using System.Text.Json;
using System.Text.Json.Nodes;
using FleetInfra.Core.Config;
using FleetInfra.ComponentPackage;
using Pulumi.Experimental.Provider;

namespace FleetInfra.Components.Tests.ComponentPackage;

/// <summary>
/// The schema the component package serves (the provider's GetSchema, in-process), against the checked-in
/// <c>infra/FleetInfra.ComponentPackage/schema.json</c>, and its inputs against the stack file's keys they are read as.
/// </summary>
public sealed class PackageSchemaTests
{
    private const string Prefix = FleetPackage.Name + ":index:";

    [Fact]
    public async Task GetSchema_IsTheCheckedInSchema()
    {
        var served = await ServedSchemaAsync();
        var path = Path.Combine(RepositoryRoot(), "infra", "FleetInfra.ComponentPackage", "schema.json");
        var checkedIn = File.Exists(path) ? JsonNode.Parse(File.ReadAllText(path)) : null;

        if (!JsonNode.DeepEquals(served, checkedIn))
        {
            var actual = Path.Combine(Path.GetTempPath(), "fleetinfra-package-schema.json");
            File.WriteAllText(actual, Indented(served));
            Assert.Fail($"the served schema differs from {path}; if the change is intended: cp {actual} {path}");
        }
    }

    [Fact]
    public async Task GetSchema_ServesTheThreeComponentsWithTheirInputsAndOutputs()
    {
        var schema = await ServedSchemaAsync();

        var resources = schema["resources"]!.AsObject();
        Assert.Equal([Prefix + "ApplicationFleet", Prefix + "EksCluster", Prefix + "GkeCluster"], resources.Select(r => r.Key));
        string[] planned = ["cluster", "domain", "environment", "imageRegistry", "imageTag", "intents", "partOf", "protect"];
        Assert.Equal(Sorted([.. planned, "availabilityZoneCount", "loadBalancerControllerChartVersion"]), Inputs(resources, "EksCluster"));
        Assert.Equal(Sorted([.. planned, "masterIpv4CidrBlock"]), Inputs(resources, "GkeCluster"));
        Assert.Equal(Sorted([.. planned, "kubeconfig"]), Inputs(resources, "ApplicationFleet"));
        Assert.Equal(["cluster"], Strings(resources[Prefix + "EksCluster"]!["requiredInputs"]));
        Assert.Equal(["cluster", "kubeconfig"], Strings(resources[Prefix + "ApplicationFleet"]!["requiredInputs"]));
        Assert.Equal(["clusterName", "endpoint", "kubeconfig", "oidcIssuer", "vpcId"], Keys(resources[Prefix + "EksCluster"]!["properties"]));
        Assert.Equal(["clusterName", "endpoint", "ingressAddresses", "kubeconfig", "networkName", "oidcIssuer"], Keys(resources[Prefix + "GkeCluster"]!["properties"]));
        Assert.Equal(["loadBalancerAddresses", "urls"], Keys(resources[Prefix + "ApplicationFleet"]!["properties"]));
        Assert.All(resources, r => Assert.Equal(true, (bool?)r.Value!["isComponent"]));
    }

    [Fact]
    public async Task SpecTypes_HaveExactlyTheKeysOfTheStackFileTheyAreReadAs()
    {
        var types = (await ServedSchemaAsync())["types"]!.AsObject();

        // A cluster's `apps` and `labels` place a stack's apps, and its `class` names one of the stack's
        // fleet:clusterClasses; a component is given one complete cluster and plans exactly the apps it is given.
        string[] stackOnly = ["apps", "class", "labels"];
        Assert.Equal(StackKeys.Cluster.Except(stackOnly).Order(StringComparer.Ordinal), Keys(types[Prefix + "ClusterSpec"]!["properties"]));
        Assert.Equal(StackKeys.NodeGroup.Order(StringComparer.Ordinal), Keys(types[Prefix + "NodeGroupSpec"]!["properties"]));
        Assert.Equal(StackKeys.Taint.Order(StringComparer.Ordinal), Keys(types[Prefix + "NodeTaintSpec"]!["properties"]));
        Assert.Equal(StackKeys.Dns.Order(StringComparer.Ordinal), Keys(types[Prefix + "DnsZonesSpec"]!["properties"]));
        Assert.Equal(StackKeys.Route53.Order(StringComparer.Ordinal), Keys(types[Prefix + "Route53ZoneSpec"]!["properties"]));
        Assert.Equal(StackKeys.CloudDns.Order(StringComparer.Ordinal), Keys(types[Prefix + "CloudDnsZoneSpec"]!["properties"]));
        Assert.Equal(StackKeys.Addons.Order(StringComparer.Ordinal), Keys(types[Prefix + "AddonSwitchesSpec"]!["properties"]));
        Assert.All(PackagePlan.StackKeyInputs, key => Assert.Contains(key, StackKeys.Fleet));
    }

    /// <summary>The schema as <c>ComponentProviderHost.Serve</c> serves it: the same provider over this assembly, with its metadata.</summary>
    internal static async Task<JsonNode> ServedSchemaAsync()
    {
        var provider = new ComponentProvider(typeof(FleetPackage).Assembly, new Metadata(FleetPackage.Name, FleetPackage.Namespace, FleetPackage.ServedVersion));
        var response = await provider.GetSchema(new GetSchemaRequest(0, null, null), CancellationToken.None);
        return JsonNode.Parse(response.Schema ?? throw new InvalidOperationException("GetSchema returned no schema"))!;
    }

    private static string[] Inputs(JsonObject resources, string component) => Keys(resources[Prefix + component]!["inputProperties"]);

    private static string[] Sorted(string[] keys) => [.. keys.Order(StringComparer.Ordinal)];

    private static string[] Keys(JsonNode? node) => [.. node!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal)];

    private static string[] Strings(JsonNode? node) => [.. node!.AsArray().Select(n => (string)n!)];

    private static string Indented(JsonNode node) => node.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";

    private static string RepositoryRoot() =>
        ProjectRoot.Find(AppContext.BaseDirectory) ?? throw new InvalidOperationException("no Pulumi.yaml above the test folder");
}
