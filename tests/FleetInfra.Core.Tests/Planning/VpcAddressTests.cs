using FleetInfra.Core.Tests.Support;

namespace FleetInfra.Core.Tests.Planning;

/// <summary>On EKS every pod takes an address of the VPC (VPC CNI): a VPC too small for the node groups at maxSize is an error.</summary>
[Collection(CurrentDirectoryCollection.Name)]
public sealed class VpcAddressTests : IDisposable
{
    private readonly TempFleet _fleet = new TempFleet().WithApps("a.yaml", """
        application:
          worker:
            image: r.example.com/worker:1
        """);

    public void Dispose() => _fleet.Dispose();

    [Fact]
    public void VpcCidrTooSmallForPodAddresses_IsAnErrorAtItsLineNamingTheMinimum()
    {
        _fleet.WithStack(TempFleet.Stack(clusters: TempFleet.EksCluster + "\n      vpcCidr: 10.0.0.0/24"));

        Assert.Equal(
            ["Pulumi.test.yaml:14:16: fleet:clusters[0].vpcCidr: 10.0.0.0/24 is too small for pod addresses: the VPC CNI gives every pod an address of its node's private subnet, and each of the 3 private subnets (/27, 27 usable addresses) must hold 118 when the node groups are at maxSize (general: 2 nodes x (58 pods + 1)); use a /22 or larger"],
            _fleet.Errors());
    }

    [Fact]
    public void DefaultVpcTooSmallForLargeNodeGroups_IsAnErrorAtTheCluster()
    {
        var large = TempFleet.EksCluster.Replace("maxSize: 6", "maxSize: 1000", StringComparison.Ordinal);
        _fleet.WithStack(TempFleet.Stack(clusters: large));

        var error = Assert.Single(_fleet.Errors());
        Assert.StartsWith("Pulumi.test.yaml:7:7: fleet:clusters[0].vpcCidr: 10.0.0.0/16 is too small for pod addresses", error, StringComparison.Ordinal);
        Assert.EndsWith("(general: 334 nodes x (58 pods + 1)); use a /14 or larger", error, StringComparison.Ordinal);
    }

    [Fact]
    public void VpcLargeEnough_OrAnExistingVpc_IsFine()
    {
        _fleet.WithStack(TempFleet.Stack(clusters: TempFleet.EksCluster + "\n      vpcCidr: 10.0.0.0/22"));
        Assert.Empty(_fleet.Errors());
    }
}
