using System.Collections.Immutable;
using FleetInfra.Core.Addons;
using FleetInfra.Core.Config;
using FleetInfra.Core.Diagnostics;

namespace FleetInfra.Core.Tests.Addons;

/// <summary>The Helm values of the add-on charts: the settings that make each add-on safe and scoped to its cluster.</summary>
public sealed class AddonChartValuesTests
{
    private const string RoleArn = "arn:aws:iam::123456789012:role/eks-use1-addon";

    private static ImmutableDictionary<string, object> Map(ImmutableDictionary<string, object> values, string key) => (ImmutableDictionary<string, object>)values[key];

    [Fact]
    public void ClusterAutoscaler_DiscoversThePhysicalClusterInItsRegionAndRunsRestricted()
    {
        var values = AddonChartValues.ClusterAutoscaler(new ClusterAutoscalerPlan(AddonVersions.ClusterAutoscaler, "v1.33.6", ["general"]), "eu-central-1", "eks-euc1-ab12cd", RoleArn);

        Assert.Equal("eks-euc1-ab12cd", Map(values, "autoDiscovery")["clusterName"]);
        Assert.Equal(("aws", "eu-central-1", "v1.33.6"), (values["cloudProvider"], values["awsRegion"], Map(values, "image")["tag"]));
        var serviceAccount = Map(Map(values, "rbac"), "serviceAccount");
        Assert.Equal((object)AddonChartValues.ClusterAutoscalerServiceAccount, serviceAccount["name"]);
        Assert.Equal(RoleArn, Map(serviceAccount, "annotations")[AddonChartValues.RoleArnAnnotation]);
        Assert.Equal((true, 65534), (Map(values, "securityContext")["runAsNonRoot"], Map(values, "securityContext")["runAsUser"]));
        Assert.Equal((false, true), (Map(values, "containerSecurityContext")["allowPrivilegeEscalation"], Map(values, "containerSecurityContext")["readOnlyRootFilesystem"]));
        Assert.Equal("300Mi", Map(Map(values, "resources"), "requests")["memory"]);
    }

    [Fact]
    public void ExternalDns_SyncsOnlyItsZoneUnderItsOwnerId()
    {
        var zone = new Route53Zone("example.com", "Z0123456789ABCDEFGHIJ", new SourceLocation("Pulumi.dev.yaml", 5, 5));
        var values = AddonChartValues.ExternalDns(new ExternalDnsPlan(AddonVersions.ExternalDns, zone, "fleetinfra-dev-eks-use1", ["a.example.com"]), "us-east-1", "Z0123456789ABCDEFGHIJ", RoleArn);

        Assert.Equal(["example.com"], ((ImmutableArray<object>)values["domainFilters"]).ToArray());
        Assert.Equal(["--zone-id-filter=Z0123456789ABCDEFGHIJ", "--aws-zone-type=public"], ((ImmutableArray<object>)values["extraArgs"]).ToArray());
        Assert.Equal(("sync", "txt", "fleetinfra-dev-eks-use1"), (values["policy"], values["registry"], values["txtOwnerId"]));
        Assert.Equal(["ingress"], ((ImmutableArray<object>)values["sources"]).ToArray());
        Assert.Equal(RoleArn, Map(Map(values, "serviceAccount"), "annotations")[AddonChartValues.RoleArnAnnotation]);
    }
}
