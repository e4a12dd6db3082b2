using FleetInfra.Core.Tests.Support;

namespace FleetInfra.Core.Tests.Addons;

/// <summary>The fleet:dns, fleet:addons and cluster dns/addons keys, and their errors with the exact messages.</summary>
[Collection(CurrentDirectoryCollection.Name)]
public sealed class DnsConfigTests : IDisposable
{
    private readonly TempFleet _fleet = new TempFleet().WithApps("a.yaml", """
        application:
          api:
            image: r.example.com/api:1
            ports: [ {8080: true} ]
        """);

    public void Dispose() => _fleet.Dispose();

    [Fact]
    public void StackZones_AreReadForEveryCluster_AndAClusterZoneReplacesThem()
    {
        var clusters = TempFleet.EksCluster + "\n      dns: { route53: { zoneName: eks.example.com } }\n" + TempFleet.GkeCluster;
        _fleet.WithStack(TempFleet.Stack("""
              fleet:dns:
                route53: { zoneName: example.com., zoneId: Z0123456789ABCDEFGHIJ }
                cloudDns: { zoneName: example.com, managedZone: example-com }
            """, clusters));
        var stack = _fleet.Load().Stack!;

        Assert.Equal(("example.com", "Z0123456789ABCDEFGHIJ"), (stack.Dns.Route53!.ZoneName, stack.Dns.Route53.ZoneId));
        Assert.Equal(("eks.example.com", null), (stack.Clusters[0].Dns.Route53!.ZoneName, stack.Clusters[0].Dns.Route53!.ZoneId));
        Assert.Null(stack.Clusters[0].Dns.CloudDns);
        Assert.Equal(("example-com", null), (stack.Clusters[1].Dns.CloudDns!.ManagedZone, stack.Clusters[1].Dns.CloudDns!.Project));
    }

    [Theory]
    [InlineData("  fleet:dns: { route53: { zoneId: Z0123456789ABCDEFGHIJ } }", "Pulumi.test.yaml:5:25: fleet:dns.route53.zoneName: is missing; set the zone's DNS name, like example.com")]
    [InlineData("  fleet:dns: { route53: { zoneName: example.com, zoneId: /hostedzone/Z01 } }", "Pulumi.test.yaml:5:58: fleet:dns.route53.zoneId: '/hostedzone/Z01' is not a Route 53 hosted zone id; write it like Z0123456789ABCDEFGHIJ (without /hostedzone/)")]
    [InlineData("  fleet:dns: { route53: { zoneName: localhost } }", "Pulumi.test.yaml:5:37: fleet:dns.route53.zoneName: 'localhost' is not a DNS zone name; use a lower-case domain like example.com")]
    [InlineData("  fleet:dns: { cloudDns: { zoneName: example.com } }", "Pulumi.test.yaml:5:26: fleet:dns.cloudDns.managedZone: is missing; set the managed zone's resource name, like example-com")]
    [InlineData("  fleet:dns: { cloudDns: { zoneName: example.com, managedZone: Example_Com } }", "Pulumi.test.yaml:5:64: fleet:dns.cloudDns.managedZone: 'Example_Com' is not a Cloud DNS managed zone name; use 1-63 lower-case letters, digits and '-', starting with a letter")]
    [InlineData("  fleet:dns: { route53: { zoneName: example.com, zone: Z01 } }", "Pulumi.test.yaml:5:50: fleet:dns.route53.zone: unknown key 'zone'; allowed keys: zoneId, zoneName")]
    [InlineData("  fleet:dns: { azure: {} }", "Pulumi.test.yaml:5:16: fleet:dns.azure: unknown key 'azure'; allowed keys: cloudDns, route53")]
    [InlineData("  fleet:addons: { metricServer: false }", "Pulumi.test.yaml:5:19: fleet:addons.metricServer: unknown key 'metricServer' (did you mean 'metricsServer'?); allowed keys: certificates, dns, metricsServer, networkPolicy, nodeAutoscaler, staticIps")]
    [InlineData("  fleet:addons: { dns: no }", "Pulumi.test.yaml:5:24: fleet:addons.dns: expected true or false, got the text 'no'")]
    public void InvalidDnsOrAddons_IsReportedWithFileLineFieldAndFix(string extraConfig, string expected)
    {
        _fleet.WithStack(TempFleet.Stack(extraConfig));

        Assert.Equal([expected], _fleet.Errors());
    }

    [Fact]
    public void ClusterZoneOfTheOtherProvider_IsAnError()
    {
        var clusters = TempFleet.EksCluster + "\n      dns: { cloudDns: { zoneName: example.com, managedZone: example-com } }";
        _fleet.WithStack(TempFleet.Stack(clusters: clusters));

        Assert.Equal(
            ["Pulumi.test.yaml:14:24: fleet:clusters[0].dns.cloudDns: eks clusters write their records to Route 53; use dns.route53 here"],
            _fleet.Errors());
    }
}
