using System.Text.Json;
using FleetInfra.Components.Clusters;
using FleetInfra.Components.Tests.Mocks;
using FleetInfra.Core.Config;
using Pulumi;
using Xunit;

namespace FleetInfra.Components.Tests.Clusters;

public sealed class GkeClusterTests
{
    private const string Name = "gke-euw1";
    private const string PhysicalName = "gke-euw1-" + RandomOutputs.Suffix;
    private const string NodeAccountEmail = "gke-euw1-nodes-" + RandomOutputs.Suffix + "@acme-staging.iam.gserviceaccount.com";

    private static Task<ComponentRun<GkeCluster>> RunAsync(ClusterConfig cluster, bool protect = false) =>
        ComponentRun<GkeCluster>.RunAsync(options => new GkeCluster(Name, new GkeClusterArgs { Cluster = cluster, Protect = protect }, options));

    [Fact]
    public async Task Constructor_PrivateNodes_CreatesTheExpectedResourceGraph()
    {
        var run = await RunAsync(TestClusters.Gke());

        var counts = run.Mocks.Registered.GroupBy(r => r.Type!).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(new Dictionary<string, int>
        {
            [GkeCluster.TypeToken] = 1,
            ["random:index/randomString:RandomString"] = 1,
            ["gcp:compute/network:Network"] = 1,
            ["gcp:compute/subnetwork:Subnetwork"] = 1,
            ["gcp:compute/router:Router"] = 1,
            ["gcp:compute/routerNat:RouterNat"] = 1,
            ["gcp:serviceaccount/account:Account"] = 1,
            ["gcp:projects/iAMMember:IAMMember"] = 6,
            ["gcp:container/cluster:Cluster"] = 1,
            ["gcp:container/nodePool:NodePool"] = 2,
            [KubernetesOutputs.ProviderType] = 1,
        }, counts);
        var children = run.Registrations.Where(r => r.Type != GkeCluster.TypeToken).ToList();
        Assert.Equal(run.Mocks.Registered.Count - 1, children.Count);
        Assert.All(children, child => Assert.Equal((GkeCluster.TypeToken, Name), (child.ParentType, child.ParentName)));
    }

    [Fact]
    public async Task Network_IsVpcNativeWithSecondaryRangesFromConfig()
    {
        var run = await RunAsync(TestClusters.Gke() with { SubnetCidr = "10.50.0.0/20", PodsCidr = "10.60.0.0/14", ServicesCidr = "10.70.0.0/20" });

        Assert.Equal(false, run.Mocks.Single("gcp:compute/network:Network", "gke-euw1-network").Inputs["autoCreateSubnetworks"]);
        var subnet = run.Mocks.Single("gcp:compute/subnetwork:Subnetwork", "gke-euw1-subnet");
        Assert.Equal("10.50.0.0/20", subnet.Inputs["ipCidrRange"]);
        Assert.Equal("europe-west1", subnet.Inputs["region"]);
        Assert.Equal(true, subnet.Inputs["privateIpGoogleAccess"]);
        Assert.Equal(
            ["pods 10.60.0.0/14", "services 10.70.0.0/20"],
            subnet.Maps("secondaryIpRanges").Select(r => $"{r["rangeName"]} {r["ipCidrRange"]}"));
        var nat = run.Mocks.Single("gcp:compute/routerNat:RouterNat", "gke-euw1-nat");
        Assert.Equal("ALL_SUBNETWORKS_ALL_IP_RANGES", nat.Inputs["sourceSubnetworkIpRangesToNat"]);
        Assert.Equal("gke-euw1-router-0123abc", nat.Inputs["router"]);
    }

    [Fact]
    public async Task Cluster_WithRbacSecurityGroup_EnablesGoogleGroupsForRbac()
    {
        var withGroups = await RunAsync(TestClusters.Gke() with { RbacSecurityGroup = "gke-security-groups@example.com" });
        var without = await RunAsync(TestClusters.Gke());

        Assert.Equal(
            new Dictionary<string, object> { ["securityGroup"] = "gke-security-groups@example.com" },
            withGroups.Mocks.Single("gcp:container/cluster:Cluster", "gke-euw1-cluster").Map("authenticatorGroupsConfig"));
        Assert.False(without.Mocks.Single("gcp:container/cluster:Cluster", "gke-euw1-cluster").Inputs.ContainsKey("authenticatorGroupsConfig"));
    }

    [Fact]
    public async Task Cluster_RemovesTheDefaultPoolAndEnablesTheHardeningFeatures()
    {
        var run = await RunAsync(TestClusters.Gke());

        var cluster = run.Mocks.Single("gcp:container/cluster:Cluster", "gke-euw1-cluster");
        Assert.Equal(PhysicalName, cluster.Inputs["name"]);
        Assert.Equal("europe-west1", cluster.Inputs["location"]);
        Assert.Equal(true, cluster.Inputs["removeDefaultNodePool"]);
        Assert.Equal(1.0, cluster.Inputs["initialNodeCount"]);
        Assert.Equal("1.33", cluster.Inputs["minMasterVersion"]);
        Assert.Equal("STABLE", cluster.Map("releaseChannel")["channel"]);
        Assert.Equal("acme-staging.svc.id.goog", cluster.Map("workloadIdentityConfig")["workloadPool"]);
        Assert.Equal(true, cluster.Inputs["enableShieldedNodes"]);
        Assert.Equal("ADVANCED_DATAPATH", cluster.Inputs["datapathProvider"]);
        Assert.Equal("VPC_NATIVE", cluster.Inputs["networkingMode"]);
        Assert.Equal(
            new Dictionary<string, object> { ["clusterSecondaryRangeName"] = "pods", ["servicesSecondaryRangeName"] = "services" },
            cluster.Map("ipAllocationPolicy"));
        Assert.Equal(
            new Dictionary<string, object> { ["enablePrivateNodes"] = true, ["enablePrivateEndpoint"] = false, ["masterIpv4CidrBlock"] = "172.16.0.0/28" },
            cluster.Map("privateClusterConfig"));
        var authorized = Assert.Single(cluster.Map("masterAuthorizedNetworksConfig").Maps("cidrBlocks"));
        Assert.Equal("198.51.100.0/24", authorized["cidrBlock"]);
        Assert.Equal("gke-euw1-network-id", cluster.Inputs["network"]);
        Assert.Equal("gke-euw1-subnet-id", cluster.Inputs["subnetwork"]);
    }

    [Fact]
    public async Task Cluster_PublicNodesAndNoApiCidrs_HasNoNatNoPrivateConfigAndNoAuthorizedNetworks()
    {
        var run = await RunAsync(TestClusters.Gke() with { PrivateNodes = false, ApiAccessCidrs = [] });

        Assert.Empty(run.Mocks.OfType("gcp:compute/router:Router"));
        Assert.Empty(run.Mocks.OfType("gcp:compute/routerNat:RouterNat"));
        var cluster = run.Mocks.Single("gcp:container/cluster:Cluster", "gke-euw1-cluster");
        Assert.False(cluster.Inputs.ContainsKey("privateClusterConfig"));
        Assert.False(cluster.Inputs.ContainsKey("masterAuthorizedNetworksConfig"));
    }

    [Fact]
    public async Task NodePools_MapMachineTypeAutoscalingSpotLabelsAndTaintsFromConfig()
    {
        var run = await RunAsync(TestClusters.Gke());

        var general = run.Mocks.Single("gcp:container/nodePool:NodePool", "gke-euw1-pool-general");
        Assert.Equal(PhysicalName, general.Inputs["cluster"]);
        Assert.Equal(
            new Dictionary<string, object> { ["totalMinNodeCount"] = 1.0, ["totalMaxNodeCount"] = 6.0, ["locationPolicy"] = "BALANCED" },
            general.Map("autoscaling"));
        Assert.Equal("e2-standard-4", general.Map("nodeConfig")["machineType"]);
        Assert.Equal(false, general.Map("nodeConfig")["spot"]);
        Assert.Empty(general.Map("nodeConfig").Maps("taints"));

        var batch = run.Mocks.Single("gcp:container/nodePool:NodePool", "gke-euw1-pool-batch");
        Assert.Equal(
            new Dictionary<string, object> { ["totalMinNodeCount"] = 0.0, ["totalMaxNodeCount"] = 10.0, ["locationPolicy"] = "BALANCED" },
            batch.Map("autoscaling"));
        var config = batch.Map("nodeConfig");
        Assert.Equal("e2-standard-8", config["machineType"]);
        Assert.Equal(true, config["spot"]);
        Assert.Equal(100.0, config["diskSizeGb"]);
        Assert.Equal(new SortedDictionary<string, string> { ["workload"] = "batch" }, config.StringMap("labels"));
        Assert.Equal(new Dictionary<string, object> { ["key"] = "workload", ["value"] = "batch", ["effect"] = "NO_SCHEDULE" }, Assert.Single(config.Maps("taints")));
        Assert.Equal(new Dictionary<string, object> { ["autoRepair"] = true, ["autoUpgrade"] = true }, batch.Map("management"));
    }

    [Fact]
    public async Task NodePools_RunAsTheDedicatedServiceAccountWithShieldedNodesAndTheGkeMetadataServer()
    {
        var run = await RunAsync(TestClusters.Gke());

        foreach (var pool in run.Mocks.OfType("gcp:container/nodePool:NodePool"))
        {
            var config = pool.Map("nodeConfig");
            Assert.Equal(NodeAccountEmail, config["serviceAccount"]);
            Assert.Equal("GKE_METADATA", config.Map("workloadMetadataConfig")["mode"]);
            Assert.Equal(
                new Dictionary<string, object> { ["enableSecureBoot"] = true, ["enableIntegrityMonitoring"] = true },
                config.Map("shieldedInstanceConfig"));
        }
    }

    [Fact]
    public async Task NodeServiceAccount_HasARandomSuffixAndOnlyTheLeastPrivilegeRoles()
    {
        var run = await RunAsync(TestClusters.Gke());

        Assert.Equal($"gke-euw1-nodes-{RandomOutputs.Suffix}", run.Mocks.Single("gcp:serviceaccount/account:Account", "gke-euw1-nodes").Inputs["accountId"]);
        var grants = run.Mocks.OfType("gcp:projects/iAMMember:IAMMember");
        Assert.All(grants, grant => Assert.Equal($"serviceAccount:{NodeAccountEmail}", grant.Inputs["member"]));
        Assert.All(grants, grant => Assert.Equal("acme-staging", grant.Inputs["project"]));
        Assert.Equal(
        [
            "roles/artifactregistry.reader",
            "roles/container.defaultNodeServiceAccount",
            "roles/logging.logWriter",
            "roles/monitoring.metricWriter",
            "roles/monitoring.viewer",
            "roles/stackdriver.resourceMetadata.writer",
        ], grants.Select(g => (string)g.Inputs["role"]).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("gke-euw1", 6, "gke-euw1-nodes-")]
    [InlineData("Prod_Cluster.EU", 6, "prod-cluster-eu-nodes-")]
    [InlineData("1st-cluster", 6, "gke-1st-cluster-nodes-")]
    [InlineData("a-very-long-cluster-name-for-europe", 6, "a-very-long-clust-nodes-")]
    public void AccountIdPrefix_IsAValidServiceAccountIdWithinThirtyCharacters(string clusterName, int suffixLength, string expected)
    {
        var prefix = GkeNodeServiceAccount.AccountIdPrefix(clusterName, suffixLength);

        Assert.Equal(expected, prefix);
        Assert.InRange(prefix.Length + suffixLength, 6, 30);
    }

    [Fact]
    public async Task Outputs_KubeconfigIsAGcloudPluginSecretAndFeedsTheKubernetesProvider()
    {
        var run = await RunAsync(TestClusters.Gke());

        Assert.True(await Output.IsSecretAsync(run.Component.Kubeconfig));
        var kubeconfig = await run.Component.Kubeconfig.ValueAsync();
        var root = JsonDocument.Parse(kubeconfig).RootElement;
        var exec = root.GetProperty("users")[0].GetProperty("user").GetProperty("exec");
        Assert.Equal("gke-gcloud-auth-plugin", exec.GetProperty("command").GetString());
        Assert.Equal("client.authentication.k8s.io/v1beta1", exec.GetProperty("apiVersion").GetString());
        var server = root.GetProperty("clusters")[0].GetProperty("cluster");
        Assert.Equal($"https://{GcpOutputs.ClusterEndpoint}", server.GetProperty("server").GetString());
        Assert.Equal(GcpOutputs.ClusterCaCertificate, server.GetProperty("certificate-authority-data").GetString());
        Assert.DoesNotContain("token", kubeconfig, StringComparison.OrdinalIgnoreCase);

        Assert.Equal(kubeconfig, run.Mocks.Single(KubernetesOutputs.ProviderType, "gke-euw1-k8s").Inputs["kubeconfig"]);
        Assert.Equal("gke-euw1-k8s", run.Component.Provider.GetResourceName());
        Assert.Equal(PhysicalName, await run.Component.ClusterName.ValueAsync());
        Assert.Equal($"https://{GcpOutputs.ClusterEndpoint}", await run.Component.Endpoint.ValueAsync());
        Assert.Equal(
            $"https://container.googleapis.com/v1/projects/acme-staging/locations/europe-west1/clusters/{PhysicalName}",
            await run.Component.OidcIssuer.ValueAsync());
    }

    [Fact]
    public async Task Protect_MarksNetworkClusterAndNodePoolsProtectedAndSetsDeletionProtection()
    {
        var run = await RunAsync(TestClusters.Gke(), protect: true);

        var protectedTypes = run.ProtectedCountsByType();
        Assert.Equal(new Dictionary<string, int>
        {
            ["gcp:compute/network:Network"] = 1,
            ["gcp:compute/subnetwork:Subnetwork"] = 1,
            ["gcp:compute/router:Router"] = 1,
            ["gcp:compute/routerNat:RouterNat"] = 1,
            ["gcp:container/cluster:Cluster"] = 1,
            ["gcp:container/nodePool:NodePool"] = 2,
        }, protectedTypes);
        Assert.Equal(true, run.Mocks.Single("gcp:container/cluster:Cluster", "gke-euw1-cluster").Inputs["deletionProtection"]);
    }

    [Fact]
    public async Task Protect_Off_ProtectsNothingAndAllowsDeletion()
    {
        var run = await RunAsync(TestClusters.Gke(), protect: false);

        Assert.DoesNotContain(run.Registrations, r => r.Protect);
        Assert.Equal(false, run.Mocks.Single("gcp:container/cluster:Cluster", "gke-euw1-cluster").Inputs["deletionProtection"]);
    }

    [Fact]
    public void Constructor_InvalidArgs_ThrowsEveryProblemBeforeCreatingAnything()
    {
        var cluster = TestClusters.Gke() with
        {
            Provider = CloudProvider.Eks,
            Project = null,
            PodsCidr = "10.20.0.0",
            NodeGroups = [TestClusters.General with { MinSize = 5, MaxSize = 2 }],
        };

        var error = Assert.Throws<ArgumentException>(() => new GkeCluster(Name, new GkeClusterArgs { Cluster = cluster, MasterIpv4CidrBlock = "172.16.0.0/24" }));

        Assert.Equal(
            "GkeCluster 'gke-euw1' has invalid arguments:\n"
            + "  cluster.provider: is 'eks'; GkeCluster only builds 'gke' clusters (use EksCluster for 'eks')\n"
            + "  cluster.project: the GCP project is required for a GKE cluster\n"
            + "  cluster.nodeGroups.general.instanceTypes: a GKE node pool has exactly one machine type, got 2\n"
            + "  cluster.nodeGroups.general: sizes must satisfy 0 <= minSize <= maxSize and maxSize >= 1, got minSize 5, maxSize 2\n"
            + "  cluster.podsCidr: '10.20.0.0' is not an IPv4 CIDR\n"
            + "  masterIpv4CidrBlock: '172.16.0.0/24' must be an IPv4 /28, for example 172.16.0.0/28",
            error.Message);
    }

    [Fact]
    public async Task NodePools_StartAtTheirDesiredSizePerZone_AndIgnoreItAfterwards()
    {
        var run = await RunAsync(TestClusters.Gke() with { NodeGroups = [TestClusters.General with { InstanceTypes = ["e2-standard-4"], DesiredSize = 4 }] });

        Assert.Equal(2.0, run.Mocks.Single("gcp:container/nodePool:NodePool", "gke-euw1-pool-general").Inputs["initialNodeCount"]);
    }

    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 0)]
    public async Task Keda_OnPrivateNodes_IsReachableFromTheControlPlane(bool privateNodes, int firewalls)
    {
        var run = await ComponentRun<GkeCluster>.RunAsync(options => new GkeCluster(Name, new GkeClusterArgs
        {
            Cluster = TestClusters.Gke() with { PrivateNodes = privateNodes },
            Addons = FleetInfra.Core.Addons.ClusterAddons.None with { Keda = FleetInfra.Core.Addons.AddonVersions.Keda },
        }, options));

        var rules = run.Mocks.OfType("gcp:compute/firewall:Firewall");
        Assert.Equal(firewalls, rules.Count);
        foreach (var rule in rules)
        {
            Assert.Equal([GkeClusterArgs.DefaultMasterIpv4CidrBlock], rule.Strings("sourceRanges"));
            Assert.Equal([NodeAccountEmail], rule.Strings("targetServiceAccounts"));
            var allow = (System.Collections.Immutable.ImmutableDictionary<string, object>)Assert.Single((System.Collections.Immutable.ImmutableArray<object>)rule.Inputs["allows"]);
            Assert.Equal("tcp", allow["protocol"]);
            Assert.Equal(["6443", "9443"], allow.Strings("ports"));
        }
    }
}
