using FleetInfra.Core.Config;
using FleetInfra.Core.Tests.Support;

namespace FleetInfra.Core.Tests.Config;

/// <summary>The fleet: keys of a stack file: what they mean, their defaults, and every error.</summary>
[Collection(CurrentDirectoryCollection.Name)]
public sealed class StackConfigTests : IDisposable
{
    private readonly TempFleet _fleet = new TempFleet().WithApps("a.yaml", "application:\n  api:\n    image: r.example.com/a:1\n    ports: [ {8080: true} ]\n");

    public void Dispose() => _fleet.Dispose();

    [Fact]
    public void IssueExample_ParsesClustersNodeGroupsAndDefaults()
    {
        var stack = _fleet.WithStack(TempFleet.Stack()).Load().Stack!;

        Assert.Equal(("test", "test", false), (stack.StackName, stack.Environment, stack.Protect));
        var eks = stack.Clusters[0];
        Assert.Equal((CloudProvider.Eks, "us-east-1", "1.33", null), (eks.Provider, eks.Region, eks.KubernetesVersion, eks.Project));
        var general = Assert.Single(eks.NodeGroups);
        Assert.Equal(new[] { "m6i.xlarge" }, general.InstanceTypes.ToArray());
        Assert.Equal((2, 6, 3, false, 50), (general.MinSize, general.MaxSize, general.DesiredSize, general.Spot, general.DiskSizeGb));
        var gke = stack.Clusters[1];
        Assert.Equal(("acme-dev", true, "REGULAR", "10.20.0.0/14"), (gke.Project, gke.PrivateNodes, gke.ReleaseChannel, gke.PodsCidr));
        Assert.True(Assert.Single(gke.NodeGroups).Spot);
        Assert.Equal(1, gke.NodeGroups[0].DesiredSize);
    }

    [Fact]
    public void ProdEnvironment_IsProtectedByDefault()
    {
        var stack = _fleet.WithStack(TempFleet.Stack("  fleet:environment: prod")).Load().Stack!;
        Assert.True(stack.Protect);
    }

    [Theory]
    [InlineData("prod")]
    [InlineData("production")]
    [InlineData("prod-use1")]
    [InlineData("production-eu")]
    [InlineData("eu-prod")]
    public void ProductionLookingStackName_WithoutFleetEnvironment_IsAnErrorAtTheStackFile(string stackName)
    {
        _fleet.WithStack(TempFleet.Stack());

        Assert.Contains(
            $"Pulumi.test.yaml:1:1: fleet:environment: is required: stack '{stackName}' looks like production; set fleet:environment: prod for a production stack (protected; up needs a reviewed plan), or the name of its non-production environment",
            _fleet.Errors(stackName));
    }

    [Theory]
    [InlineData("prod-use1", "prod", true)]
    [InlineData("prod-use1", "perf", false)]
    [InlineData("products", null, false)]
    [InlineData("reprod", null, false)]
    public void ProductionLookingStackName_TakesItsStatusFromFleetEnvironment(string stackName, string? environment, bool production)
    {
        _fleet.WithStack(TempFleet.Stack(environment is null ? string.Empty : $"  fleet:environment: {environment}"));

        var stack = _fleet.Load(stackName).Stack!;

        Assert.Equal((environment ?? stackName, production), (stack.Environment, stack.IsProduction));
    }

    [Fact]
    public void NodeGroup_LabelsAndTaints_AreRead()
    {
        var clusters = """
                - name: eks-use1
                  provider: eks
                  region: us-east-1
                  kubernetesVersion: "1.33"
                  apiAccessCidrs: [203.0.113.0/24]
                  nodeGroups:
                    - name: batch
                      instanceTypes: [c6i.xlarge]
                      minSize: 0
                      maxSize: 10
                      labels: { workload: batch }
                      taints: [ { key: dedicated, value: batch, effect: NoSchedule } ]
            """;
        var group = _fleet.WithStack(TempFleet.Stack(clusters: clusters)).Load().Stack!.Clusters[0].NodeGroups[0];

        Assert.Equal("batch", group.Labels["workload"]);
        Assert.Equal(new NodeTaint("dedicated", "batch", TaintEffect.NoSchedule), Assert.Single(group.Taints));
        Assert.Equal(1, group.DesiredSize);
    }

    [Fact]
    public void MissingApiAccessCidrs_IsAWarningNotAnError()
    {
        var clusters = TempFleet.EksCluster.Replace("      apiAccessCidrs: [203.0.113.0/24]\n", string.Empty, StringComparison.Ordinal);
        var result = _fleet.WithStack(TempFleet.Stack(clusters: clusters)).Load();

        Assert.True(result.Succeeded);
        Assert.Equal(
            "Pulumi.test.yaml:7:7: fleet:clusters[0].apiAccessCidrs: warning: is not set, so the Kubernetes API endpoint accepts any address; list the CIDRs of your operators and CI runners",
            Assert.Single(result.Diagnostics, d => !d.Message.StartsWith("FI", StringComparison.Ordinal)).ToString());
    }

    public static TheoryData<string, string, string> Cases => new()
    {
        { "  fleet:domian: dev.example.com", "", "Pulumi.test.yaml:5:3: fleet:domian: unknown key (did you mean 'fleet:domain'?); allowed keys: fleet:addons, fleet:allowReviewOnProduction, fleet:allowSchedules, fleet:allowedDomains, fleet:appOverrides, fleet:apps, fleet:appsDir, fleet:clusterClasses, fleet:clusters, fleet:clustersFrom, fleet:dns, fleet:domain, fleet:environment, fleet:expiresAt, fleet:headroom, fleet:idleAfter, fleet:imageRegistry, fleet:imageTag, fleet:lastChangeAt, fleet:partOf, fleet:placement, fleet:policies, fleet:priceTable, fleet:protect, fleet:reviewQuota, fleet:rollout, fleet:schedule, fleet:suspended, fleet:teams" },
        { "  fleet:environment: Prod_EU", "", "Pulumi.test.yaml:5:22: fleet:environment: 'Prod_EU' is not a valid environment name (it becomes a label value); set fleet:environment to 'prod-eu'" },
        { "", "provider: eks\n      region: us-east-1\n      kubernetesVersion: \"1.33\"\n      nodeGroups: []", "Pulumi.test.yaml:7:7: fleet:clusters[0].name: is missing; set the cluster name, like eks-use1" },
        { "", "name: aks-1\n      provider: aks\n      region: westeurope\n      kubernetesVersion: \"1.33\"\n      nodeGroups: [ { name: a, instanceTypes: [x1], minSize: 1, maxSize: 1 } ]", "Pulumi.test.yaml:8:17: fleet:clusters[0].provider: 'aks' is not a supported provider (did you mean 'eks'?); use eks or gke" },
        { "", "name: g\n      provider: gke\n      region: europe-west1\n      kubernetesVersion: \"1.33\"\n      nodeGroups: [ { name: a, instanceTypes: [e2-standard-4], minSize: 1, maxSize: 1 } ]", "Pulumi.test.yaml:7:7: fleet:clusters[0].project: is missing; set the GCP project id (gke clusters need one)" },
        { "", "name: EKS_1\n      provider: eks\n      region: us-east-1\n      kubernetesVersion: \"1.33\"\n      nodeGroups: [ { name: a, instanceTypes: [m6i.large], minSize: 1, maxSize: 1 } ]", "Pulumi.test.yaml:7:13: fleet:clusters[0].name: 'EKS_1' is not a valid cluster name (lower-case letters, digits and '-', at most 63 characters); rename it to 'eks-1'" },
        { "", "name: e\n      provider: eks\n      region: us-east-1\n      kubernetesVersion: 1.30\n      nodeGroups: [ { name: a, instanceTypes: [m6i.large], minSize: 1, maxSize: 1 } ]", "Pulumi.test.yaml:10:26: fleet:clusters[0].kubernetesVersion: is read as the number 1.3 by YAML tools (Pulumi too); quote it like \"1.30\"" },
        { "", "name: e\n      provider: eks\n      region: us-east-1\n      kubernetesVersion: \"1.33\"\n      nodeGroups: []", "Pulumi.test.yaml:11:19: fleet:clusters[0].nodeGroups: is empty; declare at least one node group, like { name: general, instanceTypes: [m6i.large], minSize: 2, maxSize: 6 }" },
        { "", "name: e\n      provider: eks\n      region: us-east-1\n      kubernetesVersion: \"1.33\"\n      nodeGroups: [ { name: a, instanceTypes: [m6i.large], minSize: 5, maxSize: 2 } ]", "Pulumi.test.yaml:11:81: fleet:clusters[0].nodeGroups[0].maxSize: maxSize (2) is below minSize (5); raise maxSize or lower minSize" },
        { "", "name: e\n      provider: eks\n      region: us-east-1\n      kubernetesVersion: \"1.33\"\n      nodeGroups: [ { name: a, instanceTypes: [m6i.large], minSize: 1, maxSize: 2, desiredSize: 3 } ]", "Pulumi.test.yaml:11:97: fleet:clusters[0].nodeGroups[0].desiredSize: desiredSize (3) must lie between minSize (1) and maxSize (2)" },
        { "", "name: g\n      provider: gke\n      project: acme-dev\n      region: europe-west1\n      kubernetesVersion: \"1.33\"\n      nodeGroups: [ { name: a, instanceTypes: [e2-standard-4, e2-standard-8], minSize: 1, maxSize: 1 } ]", "Pulumi.test.yaml:12:47: fleet:clusters[0].nodeGroups[0].instanceTypes: a GKE node pool has one machine type; keep one and add another node group for the rest" },
        { "", "name: g\n      provider: gke\n      project: acme-dev\n      region: europe-west1\n      kubernetesVersion: \"1.33\"\n      certificateArn: arn:aws:acm:us-east-1:123456789012:certificate/abc\n      nodeGroups: [ { name: a, instanceTypes: [e2-standard-4], minSize: 1, maxSize: 1 } ]", "Pulumi.test.yaml:12:23: fleet:clusters[0].certificateArn: applies to eks clusters only; remove it from this gke cluster" },
        { "", "name: e\n      provider: eks\n      region: us-east-1\n      kubernetesVersion: \"1.33\"\n      apiAccessCidrs: [10.0.0.0/33]\n      nodeGroups: [ { name: a, instanceTypes: [m6i.large], minSize: 1, maxSize: 1 } ]", "Pulumi.test.yaml:11:24: fleet:clusters[0].apiAccessCidrs: '10.0.0.0/33' is not an IPv4 CIDR; write it like 203.0.113.0/24" },
        { "", "name: e\n      provider: eks\n      region: us-east-1\n      kubernetesVersion: \"1.33\"\n      nodeGroups: [ { name: a, instanceTypes: [m6i.large], minSize: 1, maxSize: 1, taints: [ { key: k, value: v, effect: NoScheduel } ] } ]", "Pulumi.test.yaml:11:122: fleet:clusters[0].nodeGroups[0].taints[0].effect: 'NoScheduel' is not a taint effect (did you mean 'NoSchedule'?); use NoSchedule, PreferNoSchedule or NoExecute" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Invalid_StackConfig_IsReportedWithFileLineFieldAndFix(string extraConfig, string cluster, string expected)
    {
        var clusters = cluster.Length == 0 ? null : "    - " + cluster;
        _fleet.WithStack(TempFleet.Stack(extraConfig, clusters));
        Assert.Contains(expected, _fleet.Errors());
    }

    [Fact]
    public void DuplicateCluster_IsReportedNamingTheFirst()
    {
        _fleet.WithStack(TempFleet.Stack(clusters: TempFleet.EksCluster + "\n" + TempFleet.EksCluster));
        Assert.Equal(
            ["Pulumi.test.yaml:14:7: fleet:clusters[1].name: cluster 'eks-use1' is declared twice (first at line 7); give each cluster its own name"],
            _fleet.Errors());
    }

    [Fact]
    public void DockerBuild_WithoutRegistry_AsksForIt()
    {
        _fleet.WithStack("config:\n  fleet:domain: dev.example.com\n  fleet:clusters:\n" + TempFleet.EksCluster)
              .WithApps("a.yaml", "application:\n  api:\n    build_mode: DOCKER\n");
        Assert.Equal(
            ["apps/a.yaml:2:3: application.api.image: is required: build_mode DOCKER takes its image from fleet:imageRegistry and fleet:imageTag, which Pulumi.test.yaml does not set; set them or give the app an image"],
            _fleet.Errors());
    }

    [Fact]
    public void PublicApp_WithoutDomain_AsksForFleetDomainOrCustomDomains()
    {
        _fleet.WithStack("config:\n  fleet:clusters:\n" + TempFleet.EksCluster);
        Assert.Equal(
            ["apps/a.yaml:4:15: application.api.ports: port 8080 is public but has no host: set fleet:domain in Pulumi.test.yaml (hosts become api.eks-use1.<domain>) or add custom_domains"],
            _fleet.Errors());
    }
}
