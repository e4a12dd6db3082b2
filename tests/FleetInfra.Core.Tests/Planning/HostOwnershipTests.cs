using FleetInfra.Core.Addons;
using FleetInfra.Core.Tests.Support;
using k8s.Models;

namespace FleetInfra.Core.Tests.Planning;

/// <summary>
/// Only one DNS zone answers for a host: a host published by clusters on two providers or zones, or by two stacks into
/// one zone, is an error naming the host and both owners.
/// </summary>
[Collection(CurrentDirectoryCollection.Name)]
public sealed class HostOwnershipTests : IDisposable
{
    private readonly TempFleet _fleet = new TempFleet().WithApps("a.yaml", """
        application:
          shop:
            image: r.example.com/shop:1
            ports: [ {8080: true} ]
            custom_domains: [ { domain: shop.example.com, generate_certificate: true } ]
        """);

    public void Dispose() => _fleet.Dispose();

    [Fact]
    public void HostPublishedByEksAndGke_IsAnErrorNamingTheHostAndBothOwners()
    {
        _fleet.WithStack(TempFleet.Stack(TempFleet.Zones));

        Assert.Equal(
            ["Pulumi.test.yaml:9:7: fleet:clusters[0]: host 'shop.example.com' would be published by test/eks-use1 (eks, Route 53 zone example.com Z0123456789ABCDEFGHIJ) and by test/gke-euw1 (gke, Cloud DNS zone example-com (example.com) in project acme-dns); only one zone answers for a host, so the other's records and certificate never work; serve it from clusters of one provider and zone (the cluster's apps, or the app's custom_domains in fleet:appOverrides)"],
            _fleet.Errors());
    }

    [Fact]
    public void HostPublishedByTwoStacksIntoOneZone_IsAnErrorNamingTheOtherStack()
    {
        _fleet.WithStack(TempFleet.Stack(TempFleet.Zones, TempFleet.GkeCluster));
        File.WriteAllText(Path.Combine(_fleet.Root, "Pulumi.other.yaml"), TempFleet.Stack(TempFleet.Zones, TempFleet.Renamed(TempFleet.GkeCluster, "gke-usc1")));

        Assert.Equal(
            ["Pulumi.test.yaml:9:7: fleet:clusters[0]: host 'shop.example.com' would be published by test/gke-euw1 (gke, Cloud DNS zone example-com (example.com) in project acme-dns) and by other/gke-usc1 (gke, Cloud DNS zone example-com (example.com) in project acme-dns, stack file Pulumi.other.yaml); two stacks writing one host into one zone overwrite or delete each other's record; give each stack its own hosts (the app's custom_domains in fleet:appOverrides)"],
            _fleet.Errors());
    }

    [Fact]
    public void OneStacksClustersSharingAZone_AndOtherStacksWithOtherHosts_AreFine()
    {
        var second = TempFleet.Renamed(TempFleet.GkeCluster, "gke-euw4");
        _fleet.WithStack(TempFleet.Stack(TempFleet.Zones, TempFleet.GkeCluster + "\n" + second));
        File.WriteAllText(Path.Combine(_fleet.Root, "Pulumi.other.yaml"),
            TempFleet.Stack(TempFleet.Zones + "\n  fleet:appOverrides: { shop: { custom_domains: [] } }", TempFleet.GkeCluster));

        Assert.Empty(_fleet.Errors());
    }

    [Fact]
    public void GlobalAddresses_AreQualifiedByStack_AndTheIngressNamesTheSameAddress()
    {
        _fleet.WithStack(TempFleet.Stack(TempFleet.Zones, TempFleet.GkeCluster));

        var address = Assert.Single(_fleet.Cluster("gke-euw1").Addons.StaticIps);
        Assert.Equal("test-gke-euw1-shop", address.Name);
        Assert.Equal(address.Name, _fleet.Single<V1Ingress>("gke-euw1", "shop").Metadata.Annotations["kubernetes.io/ingress.global-static-ip-name"]);
    }

    [Fact]
    public void GlobalAddressNames_AreComputeEngineNamesForAnyStackClusterAndApp()
    {
        Assert.NotEqual(StaticIpNames.For("dev", "gke-euw1", "shop"), StaticIpNames.For("prod", "gke-euw1", "shop"));
        Assert.Equal("ip-1-gke-shop", StaticIpNames.For("1", "gke", "shop"));
        var mixedCase = StaticIpNames.For("Team_A.prod", "gke", "shop");
        Assert.Matches("^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$", mixedCase);
        Assert.NotEqual(mixedCase, StaticIpNames.For("team-a-prod", "gke", "shop"));
        var longName = StaticIpNames.For(new string('s', 100), new string('c', 63), new string('a', 63));
        Assert.Equal(63, longName.Length);
        Assert.Matches("^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$", longName);
        Assert.NotEqual(longName, StaticIpNames.For(new string('s', 100), new string('c', 63), new string('a', 62) + "b"));
    }

    [Fact]
    public void GkeResourceNames_KeepTheUrnNamesOfDeployedAddressesAndRecords()
    {
        // Renaming would make Pulumi replace each address (a new IP) and record; the URN already holds the stack.
        Assert.Equal("gke-euw1-ip-shop", GkeResourceNames.Address("gke-euw1", "shop"));
        Assert.Equal("gke-euw1-dns-shop.example.com", GkeResourceNames.RecordSet("gke-euw1", "shop.example.com"));
    }
}
