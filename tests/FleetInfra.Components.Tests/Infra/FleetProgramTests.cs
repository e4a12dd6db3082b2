using System.Collections.Immutable;
using FleetInfra.Components.Clusters;
using FleetInfra.Components.Fleet;
using FleetInfra.Components.Tests.Fleet;
using FleetInfra.Core.Config;
using FleetInfra.Core.Rendering;
using FleetInfra.Program;
using Pulumi;
using Pulumi.Testing;
using Pulumi.Utilities;

namespace FleetInfra.Components.Tests.Infra;

public sealed class FleetProgramTests
{
    /// <summary>What production protects: networks, clusters and node groups of both clouds.</summary>
    private static readonly ImmutableArray<string> ProtectedTypes =
    [
        "aws:ec2/vpc:Vpc", "eks:index:Cluster", "eks:index:ManagedNodeGroup",
        "gcp:compute/network:Network", "gcp:container/cluster:Cluster", "gcp:container/nodePool:NodePool",
    ];

    public static TheoryData<string> Stacks => [.. StackPlans.Stacks];

    [Theory]
    [MemberData(nameof(Stacks))]
    public async Task Run_CreatesOneClusterComponentAndOneApplicationFleetPerCluster(string stack)
    {
        var plan = StackPlans.Plan(stack);

        var run = await RunProgram(stack);

        string[] Named(string type) => [.. run.OfType(type).Select(r => r.Name).Order(StringComparer.Ordinal)];
        Assert.Equal(ClusterNames(stack, CloudProvider.Eks), Named(EksCluster.TypeToken));
        Assert.Equal(ClusterNames(stack, CloudProvider.Gke), Named(GkeCluster.TypeToken));
        Assert.Equal(plan.Clusters.Select(c => c.Name).Order(StringComparer.Ordinal), Named(ApplicationFleet.TypeToken));
        Assert.All(run.OfType(ApplicationFleet.TypeToken), fleet => Assert.Null(fleet.ParentType));
        Assert.Equal(plan.Clusters.Count(c => c.Provider == CloudProvider.Eks), run.OfType("eks:index:Cluster").Count());
        Assert.Equal(plan.Clusters.Count(c => c.Provider == CloudProvider.Gke), run.OfType("gcp:container/cluster:Cluster").Count());
    }

    [Theory]
    [MemberData(nameof(Stacks))]
    public async Task Run_EveryKubernetesObjectOfAFleet_UsesItsClusterProvider_AndEqualsTheRenderedManifest(string stack)
    {
        var mocks = new FleetMocks();
        var run = await RunProgram(stack, mocks);

        foreach (var cluster in StackPlans.Plan(stack).Clusters)
        {
            var clusterComponent = run.Recorded.Single(r => r.Name == cluster.Name && r.Resource is IKubernetesCluster);
            var provider = ((IKubernetesCluster)clusterComponent.Resource).Provider;
            var objects = run.Recorded.Where(r => r.ParentType == ApplicationFleet.TypeToken && r.ParentName == cluster.Name).ToList();
            Assert.All(objects, r => Assert.Equal((r.Name, provider.GetResourceName()), (r.Name, r.ProviderName)));

            var names = objects.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
            var registered = mocks.KubernetesObjects.Where(r => names.Contains(r.Name!)).Select(r => ManifestJson.FromInputs(r.Inputs)).Order(StringComparer.Ordinal);
            var rendered = ClusterManifests.Render(cluster).SelectMany(f => f.Objects).Select(ManifestJson.FromModel).Order(StringComparer.Ordinal);
            Assert.Equal(rendered, registered);
        }

        // No Kubernetes resource anywhere in the stack falls back to the ambient default provider.
        Assert.All(
            mocks.Registered.Where(r => r.Type!.StartsWith("kubernetes:", StringComparison.Ordinal)),
            r => Assert.DoesNotContain("pulumi:providers:kubernetes::default", r.Provider ?? "pulumi:providers:kubernetes::default", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Stacks))]
    public async Task Run_NamespacesWaitForTheirClusterComponent(string stack)
    {
        var run = await RunProgram(stack);

        foreach (var cluster in StackPlans.Plan(stack).Clusters)
        {
            var clusterComponent = run.Recorded.Single(r => r.Name == cluster.Name && r.Resource is IKubernetesCluster).Resource;
            var namespaces = run.Recorded.Where(r => r.ParentName == cluster.Name && r.Type == "kubernetes:core/v1:Namespace").ToList();
            Assert.Equal(cluster.Apps.Length, namespaces.Count);
            Assert.All(namespaces, r => Assert.Same(clusterComponent, Assert.Single(r.DependsOn)));
        }
    }

    [Theory]
    [MemberData(nameof(Stacks))]
    public async Task Run_ProtectsNetworksClustersAndNodeGroups_OnlyInProduction(string stack)
    {
        var expectProtected = StackPlans.Plan(stack).Protect;

        var run = await RunProgram(stack);

        Assert.Equal(stack == "prod", expectProtected);
        var infrastructure = run.Recorded.Where(r => ProtectedTypes.Contains(r.Type)).ToList();
        Assert.NotEmpty(infrastructure);
        Assert.All(infrastructure, r => Assert.Equal((r.Type, r.Name, expectProtected), (r.Type, r.Name, r.Protect)));
        Assert.All(run.Recorded.Where(r => r.ParentType == ApplicationFleet.TypeToken), r => Assert.False(r.Protect, r.Name));
    }

    [Theory]
    [MemberData(nameof(Stacks))]
    public async Task Run_Outputs_KubeconfigsAreSecrets_ClustersAndUrlsArePlain(string stack)
    {
        var plan = StackPlans.Plan(stack);

        var run = await RunProgram(stack);

        Assert.Equal(
            new[] { "appUrls", "clusters" }.Concat(plan.Clusters.Select(c => $"kubeconfig-{c.Name}")).Order(StringComparer.Ordinal),
            run.Outputs.Keys.Order(StringComparer.Ordinal));
        foreach (var cluster in plan.Clusters)
        {
            var kubeconfig = (Output<string>)run.Outputs[$"kubeconfig-{cluster.Name}"]!;
            Assert.True(await Output.IsSecretAsync(kubeconfig), $"kubeconfig-{cluster.Name} must be a secret");
            Assert.Contains("\"exec\"", await OutputUtilities.GetValueAsync(kubeconfig), StringComparison.Ordinal);

            var summary = (IDictionary<string, object?>)((IDictionary<string, object?>)run.Outputs["clusters"]!)[cluster.Name]!;
            Assert.Equal(["endpoint", "loadBalancers", "name", "oidcIssuer", "provider"], summary.Keys.Order(StringComparer.Ordinal));
            foreach (var key in new[] { "endpoint", "name", "oidcIssuer" })
            {
                Assert.False(await Output.IsSecretAsync((Output<string>)summary[key]!), $"{cluster.Name}.{key} is not a secret");
            }
        }
    }

    [Fact]
    public async Task Run_AppUrls_ListEveryHostOfEachPublicApp()
    {
        var run = await RunProgram("dev");

        var urls = (ImmutableDictionary<string, ImmutableArray<string>>)run.Outputs["appUrls"]!;
        Assert.Equal(
            [
                "enterprise-api: https://enterprise-api.eks-use1.dev.example.com, https://enterprise-api.gke-euw1.dev.example.com",
                "gateway: https://gateway.eks-use1.dev.example.com, https://gateway.gke-euw1.dev.example.com",
                "storefront: https://storefront.eks-use1.dev.example.com, https://storefront.gke-euw1.dev.example.com",
            ],
            urls.OrderBy(u => u.Key, StringComparer.Ordinal).Select(u => $"{u.Key}: {string.Join(", ", u.Value)}"));
    }

    [Fact]
    public async Task Run_ReadsTheFleetKeysThroughPulumiConfig()
    {
        var config = PulumiCliConfig.All(StackPlans.StackFile("staging"));
        var previous = Environment.GetEnvironmentVariable("PULUMI_CONFIG");
        Environment.SetEnvironmentVariable("PULUMI_CONFIG", System.Text.Json.JsonSerializer.Serialize(config));
        var previousDirectory = Directory.GetCurrentDirectory();
        try
        {
            var run = await RecordedDeployment.RunAsync(new FleetMocks(), "staging", FleetProgram.Run);

            Assert.Equal(
                StackPlans.Plan("staging").Clusters.Select(c => c.Name).Order(StringComparer.Ordinal),
                run.OfType(ApplicationFleet.TypeToken).Select(r => r.Name).Order(StringComparer.Ordinal));
        }
        finally
        {
            Environment.SetEnvironmentVariable("PULUMI_CONFIG", previous);
            Directory.SetCurrentDirectory(previousDirectory);
        }
    }

    [Fact]
    public async Task Run_MisspelledFleetKeyInPulumiConfig_StopsWithASuggestion()
    {
        var config = new Dictionary<string, string>(PulumiCliConfig.All(StackPlans.StackFile("prod"))) { ["fleet:protcet"] = "false" };
        var previous = Environment.GetEnvironmentVariable("PULUMI_CONFIG");
        Environment.SetEnvironmentVariable("PULUMI_CONFIG", System.Text.Json.JsonSerializer.Serialize(config));
        var previousDirectory = Directory.GetCurrentDirectory();
        try
        {
            var error = await Assert.ThrowsAsync<RunException>(() => RecordedDeployment.RunAsync(new FleetMocks(), "prod", FleetProgram.Run));

            Assert.Equal(
                "pulumi config (stack prod):10:3: fleet:protcet: unknown key (did you mean 'fleet:protect'?); allowed keys: "
                + "fleet:addons, fleet:allowReviewOnProduction, fleet:allowSchedules, fleet:allowedDomains, fleet:appOverrides, fleet:apps, fleet:appsDir, fleet:clusterClasses, fleet:clusters, fleet:clustersFrom, fleet:dns, fleet:domain, fleet:environment, fleet:expiresAt, fleet:headroom, fleet:idleAfter, fleet:imageRegistry, fleet:imageTag, fleet:lastChangeAt, fleet:partOf, fleet:placement, fleet:policies, fleet:priceTable, fleet:protect, fleet:reviewQuota, fleet:rollout, fleet:schedule, fleet:suspended, fleet:teams",
                error.Message);
        }
        finally
        {
            Environment.SetEnvironmentVariable("PULUMI_CONFIG", previous);
            Directory.SetCurrentDirectory(previousDirectory);
        }
    }

    [Fact]
    public async Task Run_InvalidConfig_StopsWithTheValidationMessagesOnly()
    {
        var values = new Dictionary<string, string>(PulumiCliConfig.Namespace(StackPlans.StackFile("dev"), "fleet")) { ["partOf"] = "Fleet Infra" };
        var mocks = new FleetMocks();

        var error = await Assert.ThrowsAsync<RunException>(() => Deployment.TestAsync(
            mocks, new TestOptions { ProjectName = "fleetinfra", StackName = "dev", IsPreview = false }, () => FleetProgram.Run("dev", values, StackPlans.RepositoryRoot)));

        Assert.Equal("pulumi config (stack dev):8:17: fleet:partOf: 'Fleet Infra' is not a valid label value; use 'fleet-infra'", error.Message);
        Assert.Empty(mocks.Registered);
    }

    private static string[] ClusterNames(string stack, CloudProvider provider) =>
        [.. StackPlans.Plan(stack).Clusters.Where(c => c.Provider == provider).Select(c => c.Name).Order(StringComparer.Ordinal)];

    private static Task<RecordedDeployment> RunProgram(string stack, FleetMocks? mocks = null) =>
        RecordedDeployment.RunAsync(
            mocks ?? new FleetMocks(),
            stack,
            () => FleetProgram.Run(stack, PulumiCliConfig.Namespace(StackPlans.StackFile(stack), "fleet"), StackPlans.RepositoryRoot));
}
