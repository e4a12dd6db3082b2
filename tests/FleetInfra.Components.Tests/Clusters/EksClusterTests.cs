using System.Collections.Immutable;
using System.Text.Json;
using FleetInfra.Components.Clusters;
using FleetInfra.Components.Tests.Mocks;
using FleetInfra.Core.Config;
using FleetInfra.Core.Diagnostics;
using Pulumi;
using Xunit;

namespace FleetInfra.Components.Tests.Clusters;

public sealed class EksClusterTests
{
    private const string Name = "eks-use1";
    private const string PhysicalName = "eks-use1-" + RandomOutputs.Suffix;

    private static Task<ComponentRun<EksCluster>> RunAsync(ClusterConfig cluster, bool protect = false, ImmutableArray<TeamConfig> teams = default) =>
        ComponentRun<EksCluster>.RunAsync(options => new EksCluster(Name, new EksClusterArgs { Cluster = cluster, Protect = protect, Teams = teams.IsDefault ? [] : teams }, options));

    [Fact]
    public async Task Constructor_NewVpc_CreatesTheExpectedResourceGraph()
    {
        var run = await RunAsync(TestClusters.Eks());

        var counts = run.Mocks.Registered.GroupBy(r => r.Type!).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(new Dictionary<string, int>
        {
            [EksCluster.TypeToken] = 1,
            ["pulumi:providers:aws"] = 1,
            ["random:index/randomString:RandomString"] = 1,
            ["aws:ec2/vpc:Vpc"] = 1,
            ["aws:ec2/internetGateway:InternetGateway"] = 1,
            ["aws:ec2/subnet:Subnet"] = 6,
            ["aws:ec2/eip:Eip"] = 3,
            ["aws:ec2/natGateway:NatGateway"] = 3,
            ["aws:ec2/routeTable:RouteTable"] = 4,
            ["aws:ec2/routeTableAssociation:RouteTableAssociation"] = 6,
            ["aws:kms/key:Key"] = 1,
            ["aws:kms/alias:Alias"] = 1,
            ["eks:index:Cluster"] = 1,
            ["aws:iam/role:Role"] = 2,
            ["aws:iam/policy:Policy"] = 1,
            ["aws:iam/rolePolicyAttachment:RolePolicyAttachment"] = 4,
            ["aws:ec2/launchTemplate:LaunchTemplate"] = 2,
            ["eks:index:ManagedNodeGroup"] = 2,
            [KubernetesOutputs.ProviderType] = 1,
            [KubernetesOutputs.HelmReleaseType] = 1,
        }, counts);
    }

    [Fact]
    public async Task Constructor_EveryResource_IsAChildOfTheComponent()
    {
        var run = await RunAsync(TestClusters.Eks());

        var children = run.Registrations.Where(r => r.Type != EksCluster.TypeToken).ToList();
        Assert.Equal(run.Mocks.Registered.Count - 1, children.Count);
        Assert.All(children, child => Assert.Equal((EksCluster.TypeToken, Name), (child.ParentType, child.ParentName)));
        Assert.All(children, child => Assert.StartsWith($"{Name}-", child.Name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task NewVpc_SpansThreeZonesWithSubnetsTaggedForTheLoadBalancerController()
    {
        var run = await RunAsync(TestClusters.Eks());

        var subnets = run.Mocks.OfType("aws:ec2/subnet:Subnet");
        var summary = subnets
            .Select(s => $"{s.Name} {s.Inputs["availabilityZone"]} {s.Inputs["cidrBlock"]} {string.Join(",", s.StringMap("tags").Where(t => t.Key.StartsWith("kubernetes.io/", StringComparison.Ordinal)).Select(t => $"{t.Key}={t.Value}"))}")
            .Order(StringComparer.Ordinal);
        Assert.Equal(
        [
            "eks-use1-private-1 us-east-1a 10.0.0.0/19 kubernetes.io/role/internal-elb=1",
            "eks-use1-private-2 us-east-1b 10.0.32.0/19 kubernetes.io/role/internal-elb=1",
            "eks-use1-private-3 us-east-1c 10.0.64.0/19 kubernetes.io/role/internal-elb=1",
            "eks-use1-public-1 us-east-1a 10.0.128.0/19 kubernetes.io/role/elb=1",
            "eks-use1-public-2 us-east-1b 10.0.160.0/19 kubernetes.io/role/elb=1",
            "eks-use1-public-3 us-east-1c 10.0.192.0/19 kubernetes.io/role/elb=1",
        ], summary);
        var privateRoutes = run.Mocks.OfType("aws:ec2/routeTable:RouteTable").Where(r => r.Name!.Contains("private", StringComparison.Ordinal));
        Assert.All(privateRoutes, table => Assert.StartsWith("eks-use1-nat-", (string)table.Maps("routes").Single()["natGatewayId"], StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExistingVpc_UsesTheConfiguredSubnetsAndCreatesNoNetwork()
    {
        var cluster = TestClusters.Eks() with
        {
            ExistingVpcId = "vpc-0abc",
            ExistingPublicSubnetIds = ["subnet-pub-a", "subnet-pub-b"],
            ExistingPrivateSubnetIds = ["subnet-priv-a", "subnet-priv-b"],
        };

        var run = await RunAsync(cluster);

        Assert.DoesNotContain(run.Mocks.Registered, r => r.Type!.StartsWith("aws:ec2/", StringComparison.Ordinal) && r.Type != "aws:ec2/launchTemplate:LaunchTemplate");
        var eks = run.Mocks.Single("eks:index:Cluster", "eks-use1-eks");
        Assert.Equal("vpc-0abc", eks.Inputs["vpcId"]);
        Assert.Equal(["subnet-priv-a", "subnet-priv-b"], eks.Strings("privateSubnetIds"));
        Assert.Equal(["subnet-pub-a", "subnet-pub-b"], eks.Strings("publicSubnetIds"));
        Assert.All(run.Mocks.OfType("eks:index:ManagedNodeGroup"), group => Assert.Equal(["subnet-priv-a", "subnet-priv-b"], group.Strings("subnetIds")));
        Assert.Equal("vpc-0abc", run.Mocks.Single(KubernetesOutputs.HelmReleaseType, "eks-use1-lb-controller").Map("values")["vpcId"]);
    }

    [Fact]
    public async Task AwsResources_UseARegionalProviderForTheClusterRegion()
    {
        var run = await RunAsync(TestClusters.Eks() with { Region = "eu-central-1" });

        var provider = run.Mocks.Single("pulumi:providers:aws", "eks-use1-aws");
        Assert.Equal("eu-central-1", provider.Inputs["region"]);
        // Pulumi.Aws marks provider inputs that are not strings [Input("defaultTags", json: true)]: the engine gets JSON text.
        var defaultTags = JsonSerializer.Deserialize<Dictionary<string, SortedDictionary<string, string>>>(Assert.IsType<string>(provider.Inputs["defaultTags"]))!;
        Assert.Equal(new SortedDictionary<string, string> { ["fleet-cluster"] = "eks-use1", ["managed-by"] = "pulumi" }, defaultTags["tags"]);
        var awsResources = run.Mocks.Registered.Where(r => r.Type!.StartsWith("aws:", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(awsResources);
        Assert.All(awsResources, r => Assert.Contains("$pulumi:providers:aws::eks-use1-aws::", r.Provider, StringComparison.Ordinal));
        Assert.Equal("eu-central-1", run.Mocks.Single(KubernetesOutputs.HelmReleaseType, "eks-use1-lb-controller").Map("values")["region"]);
    }

    [Fact]
    public async Task AwsProvider_WhenSupplied_IsUsedInsteadOfCreatingOne()
    {
        var run = await ComponentRun<EksCluster>.RunAsync(options => new EksCluster(Name, new EksClusterArgs
        {
            Cluster = TestClusters.Eks(),
            AwsProvider = new Pulumi.Aws.Provider("deployer", new Pulumi.Aws.ProviderArgs { Region = "us-east-1" }),
        }, options));

        Assert.Equal(["deployer"], run.Mocks.OfType("pulumi:providers:aws").Select(p => p.Name));
        Assert.All(
            run.Mocks.Registered.Where(r => r.Type!.StartsWith("aws:", StringComparison.Ordinal)),
            r => Assert.Contains("pulumi:providers:aws::deployer::", r.Provider, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Cluster_HasNoDefaultNodeGroupAndIsHardened()
    {
        var run = await RunAsync(TestClusters.Eks());

        var eks = run.Mocks.Single("eks:index:Cluster", "eks-use1-eks");
        Assert.Equal(PhysicalName, eks.Inputs["name"]);
        Assert.Equal("1.33", eks.Inputs["version"]);
        Assert.Equal(true, eks.Inputs["skipDefaultNodeGroup"]);
        Assert.Equal("API", eks.Inputs["authenticationMode"]);
        Assert.Equal(["api", "audit", "authenticator", "controllerManager", "scheduler"], eks.Strings("enabledClusterLogTypes"));
        Assert.Equal("arn:aws:kms:us-east-1:123456789012:key/eks-use1-secrets", eks.Inputs["encryptionConfigKeyArn"]);
        Assert.Equal(true, eks.Inputs["endpointPrivateAccess"]);
        Assert.Equal(true, eks.Inputs["endpointPublicAccess"]);
        Assert.Equal(["198.51.100.0/24"], eks.Strings("publicAccessCidrs"));
        Assert.Equal(true, eks.Inputs["createOidcProvider"]);
        Assert.Equal(false, eks.Inputs["nodeAssociatePublicIpAddress"]);
    }

    [Fact]
    public async Task Cluster_WithoutApiAccessCidrs_LeavesThePublicEndpointUnrestricted()
    {
        var run = await RunAsync(TestClusters.Eks() with { ApiAccessCidrs = [] });

        Assert.False(run.Mocks.Single("eks:index:Cluster", "eks-use1-eks").Inputs.ContainsKey("publicAccessCidrs"));
    }

    [Fact]
    public async Task SecretsKey_RotatesAndHasARandomSuffixedAlias()
    {
        var run = await RunAsync(TestClusters.Eks());

        Assert.Equal(true, run.Mocks.Single("aws:kms/key:Key", "eks-use1-secrets").Inputs["enableKeyRotation"]);
        var alias = run.Mocks.Single("aws:kms/alias:Alias", "eks-use1-secrets");
        Assert.Equal($"alias/fleet/{PhysicalName}", alias.Inputs["name"]);
        Assert.Equal("eks-use1-secrets-key-id", alias.Inputs["targetKeyId"]);
    }

    [Fact]
    public async Task AccessEntries_GrantClusterAdminToEachConfiguredRole()
    {
        var run = await RunAsync(TestClusters.Eks() with { AdminRoleArns = [TestClusters.AdminRoleArn, "arn:aws:iam::210987654321:role/sre/oncall"] });

        var entries = run.Mocks.Single("eks:index:Cluster", "eks-use1-eks").Map("accessEntries");
        Assert.Equal(["admin-oncall", "admin-platform-admin"], entries.Keys.Order(StringComparer.Ordinal));
        var admin = entries.Map("admin-platform-admin");
        Assert.Equal(TestClusters.AdminRoleArn, admin["principalArn"]);
        Assert.Equal("STANDARD", admin["type"]);
        var policy = admin.Map("accessPolicies").Map("cluster-admin");
        Assert.Equal("arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy", policy["policyArn"]);
        Assert.Equal("cluster", policy.Map("accessScope")["type"]);
    }

    [Fact]
    public async Task AccessEntries_MapTeamRolesToTheirKubernetesGroupsWithoutAnyAccessPolicy()
    {
        var shop = new TeamConfig
        {
            Name = "shop",
            Apps = [],
            Members = new TeamMembers { EksRoleArns = ["arn:aws:iam::210987654321:role/shop-developers", TestClusters.AdminRoleArn] },
            Path = "fleet:teams[0]",
            Source = new SourceLocation("stacks/Pulumi.test.yaml", 3, 7),
        };
        var core = shop with { Name = "core", Members = new TeamMembers { EksRoleArns = ["arn:aws:iam::210987654321:role/shop-developers"] } };

        var run = await RunAsync(TestClusters.Eks(), teams: [shop, core]);

        var entries = run.Mocks.Single("eks:index:Cluster", "eks-use1-eks").Map("accessEntries");
        Assert.Equal(["admin-platform-admin", "team-shop-developers"], entries.Keys.Order(StringComparer.Ordinal));
        var team = entries.Map("team-shop-developers");
        Assert.Equal("arn:aws:iam::210987654321:role/shop-developers", team["principalArn"]);
        Assert.Equal(["fleetinfra:team:core", "fleetinfra:team:shop"], team.Strings("kubernetesGroups"));
        Assert.False(team.ContainsKey("accessPolicies") && team.Map("accessPolicies").Count > 0, "a team role must not get an access policy");
        var admin = entries.Map("admin-platform-admin");
        Assert.Equal(["fleetinfra:team:shop"], admin.Strings("kubernetesGroups"));
        Assert.Equal(["cluster-admin"], admin.Map("accessPolicies").Keys);
    }

    [Fact]
    public async Task NodeGroups_MapSizesSpotLabelsAndTaintsFromConfig()
    {
        var run = await RunAsync(TestClusters.Eks());

        var general = run.Mocks.Single("eks:index:ManagedNodeGroup", "eks-use1-ng-general");
        Assert.Equal(["m6i.large", "m6a.large"], general.Strings("instanceTypes"));
        Assert.Equal("ON_DEMAND", general.Inputs["capacityType"]);
        Assert.Equal(new Dictionary<string, object> { ["minSize"] = 2.0, ["maxSize"] = 8.0, ["desiredSize"] = 3.0 }, general.Map("scalingConfig"));
        Assert.Empty(general.Map("labels"));
        Assert.Empty(general.Maps("taints"));

        var batch = run.Mocks.Single("eks:index:ManagedNodeGroup", "eks-use1-ng-batch");
        Assert.Equal(["c6i.2xlarge"], batch.Strings("instanceTypes"));
        Assert.Equal("SPOT", batch.Inputs["capacityType"]);
        Assert.Equal(new Dictionary<string, object> { ["minSize"] = 0.0, ["maxSize"] = 10.0, ["desiredSize"] = 0.0 }, batch.Map("scalingConfig"));
        Assert.Equal(new SortedDictionary<string, string> { ["workload"] = "batch" }, batch.StringMap("labels"));
        var taint = Assert.Single(batch.Maps("taints"));
        Assert.Equal(new Dictionary<string, object> { ["key"] = "workload", ["value"] = "batch", ["effect"] = "NO_SCHEDULE" }, taint);
        Assert.Equal(["eks-use1-private-1-id", "eks-use1-private-2-id", "eks-use1-private-3-id"], batch.Strings("subnetIds"));
    }

    [Theory]
    [InlineData(TaintEffect.NoSchedule, "NO_SCHEDULE")]
    [InlineData(TaintEffect.PreferNoSchedule, "PREFER_NO_SCHEDULE")]
    [InlineData(TaintEffect.NoExecute, "NO_EXECUTE")]
    public async Task NodeGroups_MapEveryTaintEffect(TaintEffect effect, string expected)
    {
        var cluster = TestClusters.Eks() with { NodeGroups = [TestClusters.SpotBatch with { Taints = [new NodeTaint("dedicated", "gpu", effect)] }] };

        var run = await RunAsync(cluster);

        Assert.Equal(expected, Assert.Single(run.Mocks.Single("eks:index:ManagedNodeGroup", "eks-use1-ng-batch").Maps("taints"))["effect"]);
    }

    [Fact]
    public async Task NodeGroups_RequireImdsV2WithHopLimitOneThroughTheirLaunchTemplate()
    {
        var run = await RunAsync(TestClusters.Eks());

        foreach (var group in TestClusters.Eks().NodeGroups)
        {
            var template = run.Mocks.Single("aws:ec2/launchTemplate:LaunchTemplate", $"eks-use1-ng-{group.Name}");
            Assert.Equal(
                new Dictionary<string, object> { ["httpEndpoint"] = "enabled", ["httpTokens"] = "required", ["httpPutResponseHopLimit"] = 1.0 },
                template.Map("metadataOptions"));
            var disk = Assert.Single(template.Maps("blockDeviceMappings")).Map("ebs");
            Assert.Equal((double)group.DiskSizeGb, disk["volumeSize"]);
            Assert.Equal("true", disk["encrypted"]);

            var nodeGroup = run.Mocks.Single("eks:index:ManagedNodeGroup", $"eks-use1-ng-{group.Name}");
            Assert.Equal(new Dictionary<string, object> { ["id"] = $"eks-use1-ng-{group.Name}-id", ["version"] = "1" }, nodeGroup.Map("launchTemplate"));
            Assert.False(nodeGroup.Inputs.ContainsKey("diskSize"));
        }
    }

    [Fact]
    public async Task NodeRole_HasOnlyTheWorkerCniAndRegistryReadPolicies()
    {
        var run = await RunAsync(TestClusters.Eks());

        var policies = run.Mocks.OfType("aws:iam/rolePolicyAttachment:RolePolicyAttachment")
            .Where(a => (string)a.Inputs["role"] == "eks-use1-node")
            .Select(a => (string)a.Inputs["policyArn"])
            .Order(StringComparer.Ordinal);
        Assert.Equal(
        [
            "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly",
            "arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy",
            "arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy",
        ], policies);
        var trust = JsonDocument.Parse((string)run.Mocks.Single("aws:iam/role:Role", "eks-use1-node").Inputs["assumeRolePolicy"]);
        Assert.Equal("ec2.amazonaws.com", trust.RootElement.GetProperty("Statement")[0].GetProperty("Principal").GetProperty("Service").GetString());
    }

    [Fact]
    public void LoadBalancerController_Defaults_AreTheChartPinnedInAddonVersions()
    {
        var pinned = FleetInfra.Core.Addons.AddonVersions.LoadBalancerController;

        Assert.Equal((pinned.Repository, pinned.Name, pinned.Version), (EksCluster.EksChartsRepository, "aws-load-balancer-controller", EksClusterArgs.DefaultLoadBalancerControllerChartVersion));
    }

    [Fact]
    public async Task LoadBalancerController_IsInstalledByHelmAndBoundThroughIrsa()
    {
        var run = await RunAsync(TestClusters.Eks());

        var role = run.Mocks.Single("aws:iam/role:Role", "eks-use1-lb-controller");
        var statement = JsonDocument.Parse((string)role.Inputs["assumeRolePolicy"]).RootElement.GetProperty("Statement")[0];
        Assert.Equal($"arn:aws:iam::{MockValues.AccountId}:oidc-provider/{AwsOutputs.OidcHost}", statement.GetProperty("Principal").GetProperty("Federated").GetString());
        Assert.Equal("sts:AssumeRoleWithWebIdentity", statement.GetProperty("Action").GetString());
        var conditions = statement.GetProperty("Condition").GetProperty("StringEquals");
        Assert.Equal("system:serviceaccount:kube-system:aws-load-balancer-controller", conditions.GetProperty($"{AwsOutputs.OidcHost}:sub").GetString());
        Assert.Equal("sts.amazonaws.com", conditions.GetProperty($"{AwsOutputs.OidcHost}:aud").GetString());

        var policyDocument = JsonDocument.Parse((string)run.Mocks.Single("aws:iam/policy:Policy", "eks-use1-lb-controller").Inputs["policy"]);
        var actions = policyDocument.RootElement.GetProperty("Statement").EnumerateArray()
            .SelectMany(s => s.GetProperty("Action").ValueKind == JsonValueKind.Array ? s.GetProperty("Action").EnumerateArray().Select(a => a.GetString()) : [s.GetProperty("Action").GetString()])
            .ToHashSet(StringComparer.Ordinal);
        Assert.Contains("elasticloadbalancing:CreateLoadBalancer", actions);
        Assert.Contains("ec2:DescribeSubnets", actions);
        var attachment = run.Mocks.Single("aws:iam/rolePolicyAttachment:RolePolicyAttachment", "eks-use1-lb-controller");
        Assert.Equal("eks-use1-lb-controller", attachment.Inputs["role"]);
        Assert.Equal($"arn:aws:iam::{MockValues.AccountId}:policy/eks-use1-lb-controller", attachment.Inputs["policyArn"]);

        var release = run.Mocks.Single(KubernetesOutputs.HelmReleaseType, "eks-use1-lb-controller");
        Assert.Equal("aws-load-balancer-controller", release.Inputs["chart"]);
        Assert.Equal(EksClusterArgs.DefaultLoadBalancerControllerChartVersion, release.Inputs["version"]);
        Assert.Equal("kube-system", release.Inputs["namespace"]);
        Assert.Equal("https://aws.github.io/eks-charts", release.Map("repositoryOpts")["repo"]);
        var values = release.Map("values");
        Assert.Equal(PhysicalName, values["clusterName"]);
        Assert.Equal("us-east-1", values["region"]);
        Assert.Equal("eks-use1-vpc-id", values["vpcId"]);
        Assert.Equal(false, values["enableServiceMutatorWebhook"]);
        Assert.False(values.ContainsKey("ingressClassParams"), "without a certificate the IngressClassParams keeps the chart's empty spec");
        var serviceAccount = values.Map("serviceAccount");
        Assert.Equal("aws-load-balancer-controller", serviceAccount["name"]);
        Assert.Equal(new SortedDictionary<string, string> { ["eks.amazonaws.com/role-arn"] = $"arn:aws:iam::{MockValues.AccountId}:role/eks-use1-lb-controller" }, serviceAccount.StringMap("annotations"));
        Assert.Contains("$pulumi:providers:kubernetes::eks-use1-k8s::", release.Provider, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outputs_KubeconfigIsAnExecBasedSecretAndFeedsTheKubernetesProvider()
    {
        var run = await RunAsync(TestClusters.Eks());

        Assert.True(await Output.IsSecretAsync(run.Component.Kubeconfig));
        var kubeconfig = await run.Component.Kubeconfig.ValueAsync();
        Assert.Equal(AwsOutputs.KubeconfigJson(PhysicalName), kubeconfig);
        var exec = JsonDocument.Parse(kubeconfig).RootElement.GetProperty("users")[0].GetProperty("user").GetProperty("exec");
        Assert.Equal("aws", exec.GetProperty("command").GetString());
        Assert.Equal(["--region", "us-east-1", "eks", "get-token", "--cluster-name", PhysicalName, "--output", "json"], exec.GetProperty("args").EnumerateArray().Select(a => a.GetString()));

        var provider = run.Mocks.Single(KubernetesOutputs.ProviderType, "eks-use1-k8s");
        Assert.Equal(kubeconfig, provider.Inputs["kubeconfig"]);
        Assert.Equal("eks-use1-k8s", run.Component.Provider.GetResourceName());

        Assert.Equal(PhysicalName, await run.Component.ClusterName.ValueAsync());
        Assert.Equal(AwsOutputs.ClusterEndpoint, await run.Component.Endpoint.ValueAsync());
        Assert.Equal($"https://{AwsOutputs.OidcHost}", await run.Component.OidcIssuer.ValueAsync());
        Assert.False(await Output.IsSecretAsync(run.Component.Endpoint));
    }

    [Fact]
    public async Task Protect_MarksNetworkKeyClusterAndNodeGroupsProtected()
    {
        var run = await RunAsync(TestClusters.Eks(), protect: true);

        var protectedTypes = run.ProtectedCountsByType();
        Assert.Equal(new Dictionary<string, int>
        {
            ["aws:ec2/vpc:Vpc"] = 1,
            ["aws:ec2/internetGateway:InternetGateway"] = 1,
            ["aws:ec2/subnet:Subnet"] = 6,
            ["aws:ec2/eip:Eip"] = 3,
            ["aws:ec2/natGateway:NatGateway"] = 3,
            ["aws:ec2/routeTable:RouteTable"] = 4,
            ["aws:ec2/routeTableAssociation:RouteTableAssociation"] = 6,
            ["aws:kms/key:Key"] = 1,
            ["eks:index:Cluster"] = 1,
            ["eks:index:ManagedNodeGroup"] = 2,
        }, protectedTypes);
        Assert.Equal(true, run.Mocks.Single("eks:index:Cluster", "eks-use1-eks").Inputs["deletionProtection"]);
    }

    [Fact]
    public async Task Protect_Off_ProtectsNothing()
    {
        var run = await RunAsync(TestClusters.Eks(), protect: false);

        Assert.DoesNotContain(run.Registrations, r => r.Protect);
        Assert.Equal(false, run.Mocks.Single("eks:index:Cluster", "eks-use1-eks").Inputs["deletionProtection"]);
    }

    [Fact]
    public void Constructor_InvalidArgs_ThrowsEveryProblemBeforeCreatingAnything()
    {
        var cluster = TestClusters.Eks() with
        {
            Provider = CloudProvider.Gke,
            VpcCidr = "10.0.0.0/8",
            ExistingPrivateSubnetIds = ["subnet-a"],
            NodeGroups = [TestClusters.General with { InstanceTypes = [], MinSize = 3, DesiredSize = 2 }],
        };

        var error = Assert.Throws<ArgumentException>(() => new EksCluster(Name, new EksClusterArgs { Cluster = cluster, AvailabilityZoneCount = 1 }));

        Assert.Equal(
            "EksCluster 'eks-use1' has invalid arguments:\n"
            + "  cluster.provider: is 'gke'; EksCluster only builds 'eks' clusters (use GkeCluster for 'gke')\n"
            + "  cluster.nodeGroups.general.instanceTypes: at least one instance type is required\n"
            + "  cluster.nodeGroups.general.desiredSize: 2 must be between minSize 3 and maxSize 8\n"
            + "  cluster.existingVpcId: is required when existing subnet ids are given\n"
            + "  cluster.vpcCidr: '10.0.0.0/8' must be an IPv4 CIDR with a prefix from /16 to /24, for example 10.0.0.0/16\n"
            + "  availabilityZoneCount: 1 must be from 2 to 4 (EKS needs subnets in at least two zones)",
            error.Message);
    }
}
