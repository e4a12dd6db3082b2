using System.Collections.Immutable;
using FleetInfra.Components.Fleet;
using FleetInfra.Core.Planning;
using FleetInfra.Core.Rendering;
using k8s;
using k8s.Models;
using Pulumi;
using Pulumi.Kubernetes;
using Pulumi.Testing;
using Pulumi.Utilities;

namespace FleetInfra.Components.Tests.Fleet;

public sealed class ApplicationFleetTests
{
    public static TheoryData<string, string> Clusters => StackPlans.Clusters();

    [Theory]
    [MemberData(nameof(Clusters))]
    public async Task Registrations_EqualTheManifestsTheRendererWrites(string stack, string clusterName)
    {
        var cluster = StackPlans.Cluster(stack, clusterName);
        var deployed = await Deploy(stack, cluster);

        var expected = ClusterManifests.Render(cluster)
            .SelectMany(f => f.Objects)
            .ToDictionary(KeyOf, ManifestJson.FromModel, StringComparer.Ordinal);
        var registered = deployed.Mocks.KubernetesObjects
            .ToDictionary(r => KeyOf(r.Type!, r.Inputs), r => ManifestJson.FromInputs(r.Inputs), StringComparer.Ordinal);

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), registered.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, manifest) in expected)
        {
            Assert.True(manifest == registered[key], $"{key} differs from the rendered manifest\nrendered:   {manifest}\nregistered: {registered[key]}");
        }
    }

    [Fact]
    public async Task HeadroomAndVerticalPodAutoscalers_AreRegisteredLikeTheRender()
    {
        var plain = StackPlans.Cluster("dev", "eks-use1");
        var first = plain.Apps[0];
        var cluster = plain with
        {
            Apps = [first with { Scaling = first.Scaling with { Vertical = new Core.Autoscaling.VerticalPlan(new Core.Autoscaling.VerticalScaling(Core.Autoscaling.VerticalScalingMode.Recommend), "Off") } }, .. plain.Apps[1..]],
            Headroom = [new Core.Headroom.HeadroomPlan("headroom", null, 2, new(500), new(512 * Core.Quantities.MemoryQuantity.Mebibyte), new Core.Diagnostics.SourceLocation("s", 1, 1), "fleet:headroom")],
        };

        var deployed = await Deploy("dev", cluster);

        var expected = ClusterManifests.Render(cluster).SelectMany(f => f.Objects).ToDictionary(KeyOf, ManifestJson.FromModel, StringComparer.Ordinal);
        var registered = deployed.Mocks.KubernetesObjects.ToDictionary(r => KeyOf(r.Type!, r.Inputs), r => ManifestJson.FromInputs(r.Inputs), StringComparer.Ordinal);
        Assert.Contains(expected.Keys, k => k.Contains("PriorityClass", StringComparison.Ordinal));
        Assert.Contains(expected.Keys, k => k.Contains("VerticalPodAutoscaler", StringComparison.Ordinal));
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), registered.Keys.Order(StringComparer.Ordinal));
        Assert.All(expected, pair => Assert.True(pair.Value == registered[pair.Key], $"{pair.Key} differs from the rendered manifest"));
    }

    [Theory]
    [MemberData(nameof(Clusters))]
    public async Task EveryObject_UsesTheClusterProviderAndIsAChildOfTheFleet(string stack, string clusterName)
    {
        var cluster = StackPlans.Cluster(stack, clusterName);
        var deployed = await Deploy(stack, cluster);

        var provider = deployed.Run.Resources.OfType<Provider>().Single();
        var providerReference = $"{await OutputUtilities.GetValueAsync(provider.Urn)}::{clusterName}-k8s-id";
        Assert.All(deployed.Mocks.KubernetesObjects, r => Assert.Equal((r.Name, providerReference), (r.Name, r.Provider)));

        var objects = deployed.Run.Recorded.Where(r => r.Resource is KubernetesObjectResource).ToList();
        Assert.Equal(ClusterManifests.Render(cluster).Sum(f => f.Objects.Length), objects.Count);
        Assert.All(objects, r => Assert.Equal(
            (r.Name, ApplicationFleet.TypeToken, clusterName, $"{clusterName}-k8s"),
            (r.Name, r.ParentType, r.ParentName, r.ProviderName)));
    }

    [Fact]
    public async Task NamespacedObjects_DependOnTheirNamespace()
    {
        var cluster = StackPlans.Cluster("prod", "gke-euw1");
        var deployed = await Deploy("prod", cluster);

        var objects = deployed.Run.Recorded.Where(r => r.Resource is KubernetesObjectResource).ToList();
        var namespaces = objects.Where(r => r.Type == "kubernetes:core/v1:Namespace").ToList();
        Assert.Equal(cluster.Apps.Length, namespaces.Count);
        Assert.All(namespaces, r => Assert.Empty(r.DependsOn));
        foreach (var app in cluster.Apps)
        {
            var prefix = $"{cluster.Name}-{app.Namespace}-";
            var inNamespace = objects.Where(r => r.Name.StartsWith(prefix, StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(inNamespace);
            Assert.All(inNamespace, r => Assert.Equal((r.Name, $"{cluster.Name}-namespace-{app.Namespace}"), (r.Name, Assert.Single(r.DependsOn).GetResourceName())));
        }
    }

    [Fact]
    public async Task ScaledObjects_AlsoDependOnTheirDeployment()
    {
        var cluster = StackPlans.Cluster("dev", "gke-euw1");
        var deployed = await Deploy("dev", cluster);

        var scaledObjects = deployed.Run.Recorded.Where(r => r.Type == "kubernetes:keda.sh/v1alpha1:ScaledObject").ToList();
        Assert.NotEmpty(scaledObjects);
        foreach (var scaledObject in scaledObjects)
        {
            var (objectNamespace, name) = scaledObject.Name[(cluster.Name.Length + 1)..].Split("-scaledobject-") is [var ns, var n] ? (ns, n) : throw new InvalidOperationException(scaledObject.Name);
            Assert.Equal(
                new[] { $"{cluster.Name}-{objectNamespace}-deployment-{name}", $"{cluster.Name}-namespace-{objectNamespace}" }.Order(StringComparer.Ordinal),
                scaledObject.DependsOn.Select(d => d.GetResourceName()).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task ResourceNames_CarryClusterNamespaceKindAndObjectName()
    {
        var cluster = StackPlans.Cluster("dev", "gke-euw1");
        var deployed = await Deploy("dev", cluster);

        var names = deployed.Mocks.KubernetesObjects.Select(r => r.Name!).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("gke-euw1-namespace-storefront", names);
        Assert.Contains("gke-euw1-storefront-deployment-storefront", names);
        Assert.Contains("gke-euw1-storefront-networkpolicy-default-deny", names);
        Assert.Contains("gke-euw1-storefront-managedcertificate-storefront", names);
    }

    [Fact]
    public async Task PublicApps_ExportTheirUrlsAndTheAlbHostName_OnEks()
    {
        var deployed = await Deploy("dev", StackPlans.Cluster("dev", "eks-use1"));

        var urls = await OutputUtilities.GetValueAsync(deployed.Fleet.Urls);
        var addresses = await OutputUtilities.GetValueAsync(deployed.Fleet.LoadBalancerAddresses);

        Assert.Equal(
            [
                "enterprise-api: https://enterprise-api.eks-use1.dev.example.com",
                "gateway: https://gateway.eks-use1.dev.example.com",
                "storefront: https://storefront.eks-use1.dev.example.com",
            ],
            urls.OrderBy(u => u.Key, StringComparer.Ordinal).Select(u => $"{u.Key}: {string.Join(", ", u.Value)}"));
        Assert.Equal(
            [("enterprise-api", FleetMocks.AlbHostName), ("gateway", FleetMocks.AlbHostName), ("storefront", FleetMocks.AlbHostName)],
            addresses.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => (a.Key, a.Value)));
    }

    [Fact]
    public async Task PublicApps_ExportTheGceIngressIp_OnGke()
    {
        var deployed = await Deploy("dev", StackPlans.Cluster("dev", "gke-euw1"));

        var addresses = await OutputUtilities.GetValueAsync(deployed.Fleet.LoadBalancerAddresses);

        Assert.Equal(
            [("enterprise-api", FleetMocks.GceAddress), ("gateway", FleetMocks.GceAddress), ("storefront", FleetMocks.GceAddress)],
            addresses.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => (a.Key, a.Value)));
    }

    private static async Task<(FleetMocks Mocks, RecordedDeployment Run, ApplicationFleet Fleet)> Deploy(string stack, ClusterPlan cluster)
    {
        var mocks = new FleetMocks();
        ApplicationFleet? fleet = null;
        var run = await RecordedDeployment.RunAsync(mocks, stack, () =>
        {
            var provider = new Provider($"{cluster.Name}-k8s", new ProviderArgs { KubeConfig = "{}" });
            fleet = new ApplicationFleet(cluster.Name, new ApplicationFleetArgs { Cluster = cluster, Provider = provider });
            return new Dictionary<string, object?>();
        });
        return (mocks, run, fleet!);
    }

    private static string KeyOf(IKubernetesObject model)
    {
        var metadata = ((IMetadata<V1ObjectMeta>)model).Metadata;
        var group = model.ApiVersion.Contains('/', StringComparison.Ordinal) ? model.ApiVersion : $"core/{model.ApiVersion}";
        return $"kubernetes:{group}:{model.Kind} {metadata.NamespaceProperty}/{metadata.Name}";
    }

    private static string KeyOf(string type, ImmutableDictionary<string, object> inputs)
    {
        var metadata = (ImmutableDictionary<string, object>)inputs["metadata"];
        return $"{type} {metadata.GetValueOrDefault("namespace")}/{metadata["name"]}";
    }
}
