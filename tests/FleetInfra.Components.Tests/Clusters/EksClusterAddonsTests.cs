using System.Collections.Immutable;
using System.Text.Json;
using FleetInfra.Components.Clusters;
using FleetInfra.Components.Tests.Fleet;
using FleetInfra.Components.Tests.Mocks;
using FleetInfra.Core.Addons;
using FleetInfra.Core.Planning;
using Xunit;

namespace FleetInfra.Components.Tests.Clusters;

/// <summary>The add-ons the core plans for an EKS cluster, as the EksCluster component registers them.</summary>
public sealed class EksClusterAddonsTests
{
    private const string Name = "eks-use1";
    private const string PhysicalName = "eks-use1-" + RandomOutputs.Suffix;

    private static ClusterPlan Staging => StackPlans.Cluster("staging", Name);

    private static Task<ComponentRun<EksCluster>> RunAsync(ClusterPlan plan) =>
        ComponentRun<EksCluster>.RunAsync(options => new EksCluster(Name, new EksClusterArgs { Cluster = plan.Cluster, Addons = plan.Addons }, options));

    private static JsonElement PolicyOf(ComponentRun<EksCluster> run, string addon) =>
        JsonDocument.Parse((string)run.Mocks.Single("aws:iam/policy:Policy", $"{Name}-{addon}").Inputs["policy"]).RootElement;

    [Fact]
    public async Task NetworkPolicies_AreEnforcedByTheVpcCniAddonWithItsPolicyAgent()
    {
        var run = await RunAsync(Staging);

        var eks = run.Mocks.Single("eks:index:Cluster", $"{Name}-eks");
        Assert.Equal(false, eks.Inputs["useDefaultVpcCni"]);
        Assert.Equal(true, eks.Map("vpcCniOptions")["enableNetworkPolicy"]);
    }

    [Fact]
    public async Task WithoutAddons_TheClusterKeepsTheDefaultCniAndInstallsOnlyTheLoadBalancerController()
    {
        var run = await RunAsync(Staging with { Addons = ClusterAddons.None });

        Assert.False(run.Mocks.Single("eks:index:Cluster", $"{Name}-eks").Inputs.ContainsKey("vpcCniOptions"));
        Assert.Equal(["aws-load-balancer-controller"], run.Mocks.OfType(KubernetesOutputs.HelmReleaseType).Select(r => (string)r.Inputs["name"]));
        Assert.Empty(run.Mocks.OfType("aws:acm/certificate:Certificate"));
    }

    [Fact]
    public async Task Charts_AreThePinnedVersionsInKubeSystem()
    {
        var run = await RunAsync(Staging);

        var releases = run.Mocks.OfType(KubernetesOutputs.HelmReleaseType)
            .Select(r => $"{r.Inputs["name"]} {r.Inputs["chart"]} {r.Inputs["version"]} {r.Inputs["namespace"]} {r.Map("repositoryOpts")["repo"]}")
            .Order(StringComparer.Ordinal);
        Assert.Equal(
        [
            "aws-load-balancer-controller aws-load-balancer-controller 1.15.0 kube-system https://aws.github.io/eks-charts",
            $"cluster-autoscaler cluster-autoscaler {AddonVersions.ClusterAutoscaler.Version} kube-system https://kubernetes.github.io/autoscaler",
            $"external-dns external-dns {AddonVersions.ExternalDns.Version} kube-system https://kubernetes-sigs.github.io/external-dns/",
            $"keda keda {AddonVersions.Keda.Version} keda {AddonVersions.Keda.Repository}",
            $"metrics-server metrics-server {AddonVersions.MetricsServer.Version} kube-system https://kubernetes-sigs.github.io/metrics-server/",
        ], releases);
    }

    [Fact]
    public async Task ClusterAutoscaler_DiscoversThisClustersNodeGroupsWithTheImageOfItsMinorVersion()
    {
        var run = await RunAsync(Staging);

        var values = run.Mocks.Single(KubernetesOutputs.HelmReleaseType, $"{Name}-cluster-autoscaler").Map("values");
        Assert.Equal(PhysicalName, values.Map("autoDiscovery")["clusterName"]);
        Assert.Equal("v1.33.6", values.Map("image")["tag"]);
        Assert.Equal(("aws", "us-east-1"), (values["cloudProvider"], values["awsRegion"]));
        var serviceAccount = values.Map("rbac").Map("serviceAccount");
        Assert.Equal(AddonChartValues.ClusterAutoscalerServiceAccount, serviceAccount["name"]);
        Assert.Equal($"arn:aws:iam::{MockValues.AccountId}:role/{Name}-cluster-autoscaler", serviceAccount.Map("annotations")["eks.amazonaws.com/role-arn"]);
        Assert.Equal(["batch", "general"], Staging.Addons.NodeAutoscaler!.NodeGroups.Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public async Task ClusterAutoscalerPolicy_ScalesOnlyGroupsTaggedForThisCluster()
    {
        var run = await RunAsync(Staging);

        var statements = PolicyOf(run, "cluster-autoscaler").GetProperty("Statement").EnumerateArray().ToDictionary(s => s.GetProperty("Sid").GetString()!);
        var scale = statements["ScaleThisClustersGroupsOnly"];
        Assert.Equal(["autoscaling:SetDesiredCapacity", "autoscaling:TerminateInstanceInAutoScalingGroup"], scale.GetProperty("Action").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("owned", scale.GetProperty("Condition").GetProperty("StringEquals").GetProperty($"aws:ResourceTag/k8s.io/cluster-autoscaler/{PhysicalName}").GetString());
        Assert.Equal($"arn:aws:eks:us-east-1:*:nodegroup/{PhysicalName}/*/*", statements["DescribeThisClustersNodeGroups"].GetProperty("Resource").GetString());
        Assert.All(statements["DescribeScalingState"].GetProperty("Action").EnumerateArray(), a => Assert.Matches("^(autoscaling|ec2):(Describe|Get)", a.GetString()!));
    }

    [Fact]
    public async Task ExternalDns_WritesOnlyTheZoneThroughItsOwnServiceAccount()
    {
        var run = await RunAsync(Staging);
        var zone = Staging.Addons.ExternalDns!.Zone;

        var values = run.Mocks.Single(KubernetesOutputs.HelmReleaseType, $"{Name}-external-dns").Map("values");
        Assert.Equal([zone.ZoneName], values.Strings("domainFilters"));
        Assert.Equal([$"--zone-id-filter={zone.ZoneId}", "--aws-zone-type=public"], values.Strings("extraArgs"));
        Assert.Equal(("sync", "txt", "fleetinfra-staging-eks-use1"), (values["policy"], values["registry"], values["txtOwnerId"]));
        Assert.Equal(["ingress"], values.Strings("sources"));

        var statements = PolicyOf(run, "external-dns").GetProperty("Statement").EnumerateArray().ToList();
        var change = statements.Single(s => s.GetProperty("Sid").GetString() == "ChangeRecordsInTheZone");
        Assert.Equal($"arn:aws:route53:::hostedzone/{zone.ZoneId}", change.GetProperty("Resource").GetString());
        var everywhere = statements.Where(s => s.GetProperty("Resource").GetString() == "*").SelectMany(s => s.GetProperty("Action").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(["route53:ListHostedZones"], everywhere);

        var trust = JsonDocument.Parse((string)run.Mocks.Single("aws:iam/role:Role", $"{Name}-external-dns").Inputs["assumeRolePolicy"]).RootElement;
        Assert.Equal("system:serviceaccount:kube-system:external-dns",
            trust.GetProperty("Statement")[0].GetProperty("Condition").GetProperty("StringEquals").GetProperty($"{AwsOutputs.OidcHost}:sub").GetString());
    }

    [Fact]
    public async Task ZoneConfiguredByName_IsLookedUpOnce()
    {
        var plan = Staging;
        var byName = plan with
        {
            Addons = plan.Addons with
            {
                ExternalDns = plan.Addons.ExternalDns! with { Zone = plan.Addons.ExternalDns.Zone with { ZoneId = null } },
                Certificate = plan.Addons.Certificate! with { Zone = plan.Addons.Certificate.Zone with { ZoneId = null } },
            },
        };

        var run = await RunAsync(byName);

        Assert.Contains($"--zone-id-filter={AwsOutputs.LookedUpZoneId}", run.Mocks.Single(KubernetesOutputs.HelmReleaseType, $"{Name}-external-dns").Map("values").Strings("extraArgs"));
        Assert.All(run.Mocks.OfType("aws:route53/record:Record"), r => Assert.Equal(AwsOutputs.LookedUpZoneId, r.Inputs["zoneId"]));
    }

    [Fact]
    public async Task Certificate_CoversThePlannedNames_WithOneValidationRecordEach_AndIngressesWaitForItsValidation()
    {
        var run = await RunAsync(Staging);
        var domains = Staging.Addons.Certificate!.Domains;

        var certificate = run.Mocks.Single("aws:acm/certificate:Certificate", $"{Name}-ingress");
        Assert.Equal(domains[0], certificate.Inputs["domainName"]);
        Assert.Equal(domains.Skip(1), certificate.Strings("subjectAlternativeNames"));
        Assert.Equal("DNS", certificate.Inputs["validationMethod"]);

        var records = run.Mocks.OfType("aws:route53/record:Record");
        Assert.Equal(domains.Length, records.Count);
        Assert.All(records, r => Assert.Equal(("CNAME", Staging.Addons.Certificate.Zone.ZoneId), (r.Inputs["type"], r.Inputs["zoneId"])));
        var validation = run.Mocks.Single("aws:acm/certificateValidation:CertificateValidation", $"{Name}-ingress");
        Assert.Equal(records.Select(r => ((string)r.Inputs["name"]).TrimEnd('.')).Order(StringComparer.Ordinal), validation.Strings("validationRecordFqdns").Order(StringComparer.Ordinal));
        Assert.Equal($"{Name}-ingress", Assert.Single(run.Component.IngressPrerequisites).GetResourceName());
    }

    [Fact]
    public async Task Certificate_IsGivenToTheLoadBalancerControllerOnItsIngressClassParams()
    {
        var run = await RunAsync(Staging);

        var values = run.Mocks.Single(KubernetesOutputs.HelmReleaseType, $"{Name}-lb-controller").Map("values");
        Assert.Equal([$"arn:aws:acm:{AwsOutputs.Region}:{MockValues.AccountId}:certificate/{Name}-ingress"], values.Map("ingressClassParams").Map("spec").Strings("certificateArn"));
        Assert.Equal(
            Staging.Addons.Certificate!.Domains.Select(domain => EksClusterAddons.ValidationRecordName(Name, domain)).Order(StringComparer.Ordinal),
            run.Mocks.OfType("aws:route53/record:Record").Select(r => r.Name!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task NodeGroups_FollowTheClusterVersion_AndLeaveTheSizeToTheClusterAutoscaler()
    {
        var run = await RunAsync(Staging);

        Assert.NotNull(Staging.Addons.NodeAutoscaler);
        Assert.All(run.Mocks.OfType("eks:index:ManagedNodeGroup"), group => Assert.Equal((Staging.Cluster.KubernetesVersion, true), (group.Inputs["version"], group.Inputs["ignoreScalingChanges"])));
    }
}
