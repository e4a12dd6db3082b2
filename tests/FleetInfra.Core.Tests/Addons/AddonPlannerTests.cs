using FleetInfra.Core.Addons;
using FleetInfra.Core.Planning;
using FleetInfra.Core.Tests.Support;

namespace FleetInfra.Core.Tests.Addons;

/// <summary>Which add-ons a cluster gets, and why: every rendered object must take effect on EKS and GKE.</summary>
[Collection(CurrentDirectoryCollection.Name)]
public sealed class AddonPlannerTests : IDisposable
{
    private readonly TempFleet _fleet = new TempFleet().WithApps("a.yaml", """
        application:
          shop:
            image: r.example.com/shop:1
            ports: [ {8080: true} ]
            min_running_instances: 2
            max_running_instances: 6
            custom_domains:
              - { domain: shop.example.com, generate_certificate: true }
              - { domain: legacy.example.org, generate_certificate: true }
          worker:
            image: r.example.com/worker:1
        """);

    public void Dispose() => _fleet.Dispose();

    private ClusterAddons Addons(string cluster) => _fleet.Cluster(cluster).Addons;

    [Fact]
    public void Eks_WithAnHpa_GetsThePinnedMetricsServer()
    {
        _fleet.WithStack(TempFleet.Stack(TempFleet.Zones, TempFleet.EksCluster));

        Assert.Equal(AddonVersions.MetricsServer, Addons("eks-use1").MetricsServer);
        Assert.Contains(new AddonDecision("metrics", "Helm metrics-server chart 3.13.1 (app 0.8.1)", "HPA on shop"), Addons("eks-use1").Decisions);
    }

    [Fact]
    public void Eks_WithoutAnHpa_GetsNoMetricsServer()
    {
        _fleet.WithStack(TempFleet.Stack(TempFleet.Zones + "\n  fleet:apps: [worker]"));

        Assert.Null(Addons("eks-use1").MetricsServer);
        Assert.DoesNotContain(Addons("eks-use1").Decisions, d => d.Need == "metrics");
    }

    [Fact]
    public void Eks_WithApps_EnforcesNetworkPolicies()
    {
        _fleet.WithStack(TempFleet.Stack(TempFleet.Zones, TempFleet.EksCluster));

        Assert.True(Addons("eks-use1").NetworkPolicyEnforcement);
        Assert.Contains(new AddonDecision("network policy", "EKS vpc-cni add-on with enableNetworkPolicy", "NetworkPolicies of 2 apps, default-deny included"), Addons("eks-use1").Decisions);
    }

    [Fact]
    public void Eks_NodeGroupsThatCanGrow_AreScaledByTheClusterAutoscalerOfTheClusterMinorVersion()
    {
        var clusters = TempFleet.EksCluster + "\n        - { name: fixed, instanceTypes: [m6i.large], minSize: 2, maxSize: 2 }";
        _fleet.WithStack(TempFleet.Stack(TempFleet.Zones, clusters));

        var autoscaler = Addons("eks-use1").NodeAutoscaler!;
        Assert.Equal((AddonVersions.ClusterAutoscaler, "v1.33.6"), (autoscaler.Chart, autoscaler.ImageTag));
        Assert.Equal(["general"], autoscaler.NodeGroups.ToArray());
    }

    [Fact]
    public void Eks_UnpinnedKubernetesVersion_IsAnErrorWhenAnAutoscalerIsNeeded()
    {
        _fleet.WithStack(TempFleet.Stack(TempFleet.Zones, TempFleet.EksCluster.Replace("\"1.33\"", "\"1.29\"", StringComparison.Ordinal)));

        Assert.Equal(
            ["Pulumi.test.yaml:9:7: fleet:clusters[0].kubernetesVersion: Cluster Autoscaler has no release pinned for Kubernetes 1.29; use 1.30 to 1.35, or set addons.nodeAutoscaler: false"],
            _fleet.Errors());
    }

    [Fact]
    public void Eks_PublicHosts_GetExternalDnsForTheZoneAndOneAcmCertificate()
    {
        _fleet.WithStack(TempFleet.Stack(TempFleet.Zones, TempFleet.EksCluster));
        var addons = Addons("eks-use1");

        var dns = addons.ExternalDns!;
        Assert.Equal(("example.com", "Z0123456789ABCDEFGHIJ", "fleetinfra-test-eks-use1"), (dns.Zone.ZoneName, dns.Zone.ZoneId, dns.TxtOwnerId));
        Assert.Equal(["shop.example.com"], dns.Hosts.ToArray());
        Assert.Equal(["shop.example.com"], addons.Certificate!.Domains.ToArray());
    }

    [Fact]
    public void Eks_DefaultHosts_AreCoveredByOneWildcard()
    {
        _fleet.WithApps("b.yaml", """
            application:
              api:
                image: r.example.com/api:1
                ports: [ {8080: true}, {9090: true} ]
            """).WithStack(TempFleet.Stack(TempFleet.Zones, TempFleet.EksCluster));
        var addons = Addons("eks-use1");

        Assert.Equal(["*.eks-use1.dev.example.com", "shop.example.com"], addons.Certificate!.Domains.ToArray());
        Assert.Equal(["api-9090.eks-use1.dev.example.com", "api.eks-use1.dev.example.com", "shop.example.com"], addons.ExternalDns!.Hosts.ToArray());
    }

    [Fact]
    public void HostOutsideTheZone_IsAWarningAndGetsNoRecordOrCertificate()
    {
        _fleet.WithStack(TempFleet.Stack(TempFleet.Zones, TempFleet.EksCluster));
        var result = _fleet.Load();

        Assert.Contains(
            "Pulumi.test.yaml:6:14: fleet:clusters[0].dns: warning: host 'legacy.example.org' of cluster 'eks-use1' is outside the zone example.com, so FleetInfra gives it no DNS record or certificate; point it at the load balancer yourself or configure a zone that covers it",
            result.Diagnostics.Select(d => d.ToString()));
        Assert.DoesNotContain("legacy.example.org", result.Plan!.Clusters[0].Addons.Certificate!.Domains);
    }

    [Fact]
    public void Eks_NamedCertificate_CreatesNone()
    {
        var clusters = TempFleet.EksCluster + "\n      certificateArn: arn:aws:acm:us-east-1:123456789012:certificate/3f1c2a9e-7b4d-4e8a-9c61-2d5f0e8b7a13";
        _fleet.WithStack(TempFleet.Stack(TempFleet.Zones, clusters));

        Assert.Null(Addons("eks-use1").Certificate);
        Assert.Contains(Addons("eks-use1").Decisions, d => d is { Need: "certificate", Delivery: "named by certificateArn" });
    }

    [Fact]
    public void NoZone_KeepsTheRenderAndAdvisesThatHostsWillNotResolve()
    {
        _fleet.WithStack(TempFleet.Stack());
        var result = _fleet.Load();

        Assert.True(result.Succeeded);
        Assert.DoesNotContain(result.Diagnostics, d => d.FieldPath.EndsWith(".dns", StringComparison.Ordinal));
        Assert.Equal(
            [
                "Pulumi.test.yaml:7:7: fleet:clusters[0].dns: warning: no Route 53 zone is configured, so the public hosts (legacy.example.org, shop.example.com) will not resolve and no ACM certificate is issued for them; set fleet:dns.route53 or the cluster's dns.route53",
                "Pulumi.test.yaml:14:7: fleet:clusters[1].dns: warning: no Cloud DNS zone is configured, so the public hosts (legacy.example.org, shop.example.com) will not resolve and their ManagedCertificates never become Active; set fleet:dns.cloudDns or the cluster's dns.cloudDns",
            ],
            result.Plan!.Clusters.SelectMany(c => c.Addons.Advice).Select(d => d.ToString()));
        Assert.Null(result.Plan.Clusters[0].Addons.ExternalDns);
        Assert.Null(result.Plan.Clusters[0].Addons.Certificate);
    }

    [Fact]
    public void Gke_PublicApps_GetAStaticIpAndARecordPerHostInTheCloudDnsZone()
    {
        _fleet.WithStack(TempFleet.Stack(TempFleet.Zones, TempFleet.GkeCluster));
        var addons = Addons("gke-euw1");

        Assert.Equal([new StaticIpPlan("shop", "test-gke-euw1-shop", ["legacy.example.org", "shop.example.com"])], addons.StaticIps.ToArray(), new StaticIpComparer());
        var records = addons.CloudDnsRecords!;
        Assert.Equal(("example-com", "acme-dns"), (records.Zone.ManagedZone, records.Project));
        Assert.Equal([new DnsRecordPlan("shop.example.com", "shop", "test-gke-euw1-shop")], records.Records.ToArray());
    }

    [Fact]
    public void Gke_MetricsPolicyAndNodeAutoscaling_AreBuiltIn()
    {
        _fleet.WithStack(TempFleet.Stack(TempFleet.Zones, TempFleet.GkeCluster));
        var decisions = Addons("gke-euw1").Decisions;

        Assert.Contains(new AddonDecision("metrics", "GKE built-in (resource metrics API)", "HPA on shop"), decisions);
        Assert.Contains(new AddonDecision("network policy", "GKE Dataplane V2 (built in)", "NetworkPolicies of 2 apps, default-deny included"), decisions);
        Assert.Contains(new AddonDecision("node autoscaler", "GKE node pool autoscaling (built in)", "node pools general (1-5) can grow"), decisions);
        Assert.Null(Addons("gke-euw1").MetricsServer);
        Assert.Null(Addons("gke-euw1").NodeAutoscaler);
    }

    [Fact]
    public void Gke_HostServedByTwoClusters_GetsOneRecordFromTheFirst()
    {
        var second = TempFleet.Renamed(TempFleet.GkeCluster, "gke-euw4");
        _fleet.WithStack(TempFleet.Stack(TempFleet.Zones, TempFleet.GkeCluster + "\n" + second));

        Assert.Equal(["shop.example.com"], Addons("gke-euw1").CloudDnsRecords!.Records.Select(r => r.Host).ToArray());
        Assert.Empty(Addons("gke-euw4").CloudDnsRecords!.Records);
        Assert.Contains(Addons("gke-euw4").Decisions, d => d.Need == "dns" && d.Reason.Contains("shop.example.com already point at an earlier cluster", StringComparison.Ordinal));
    }

    [Fact]
    public void AddonSwitches_TurnAddonsOffWithAWarningWhereObjectsWouldNotTakeEffect()
    {
        _fleet.WithStack(TempFleet.Stack(TempFleet.Zones + "\n  fleet:addons: { metricsServer: false, networkPolicy: false, nodeAutoscaler: false }", TempFleet.EksCluster));
        var result = _fleet.Load();
        var addons = result.Plan!.Clusters[0].Addons;

        Assert.Null(addons.MetricsServer);
        Assert.False(addons.NetworkPolicyEnforcement);
        Assert.Null(addons.NodeAutoscaler);
        Assert.Equal(
            [
                "Pulumi.test.yaml:10:7: fleet:clusters[0].addons.metricsServer: warning: is off but shop autoscale on CPU: EKS has no metrics source, so their HPAs never scale; turn it on or install a metrics source yourself",
                "Pulumi.test.yaml:10:7: fleet:clusters[0].addons.networkPolicy: warning: is off: the VPC CNI ignores every NetworkPolicy, default-deny included, so pods accept traffic from anywhere in the VPC; turn it on or run another policy engine",
                "Pulumi.test.yaml:10:7: fleet:clusters[0].addons.nodeAutoscaler: warning: is off: node groups general stay at desiredSize and never use their maxSize; turn it on or install Karpenter yourself",
            ],
            result.Diagnostics.Where(d => d.FieldPath.Contains(".addons.", StringComparison.Ordinal)).Select(d => d.ToString()));
    }

    [Fact]
    public void ClusterAddons_OverrideTheStackKeyByKey()
    {
        var clusters = TempFleet.EksCluster + "\n      addons: { metricsServer: true }\n" + TempFleet.GkeCluster + "\n      addons: { staticIps: false }";
        _fleet.WithStack(TempFleet.Stack(TempFleet.Zones + "\n  fleet:addons: { metricsServer: false }", clusters));

        Assert.NotNull(Addons("eks-use1").MetricsServer);
        Assert.Empty(Addons("gke-euw1").StaticIps);
        Assert.False(((GceIngressProfile)_fleet.Cluster("gke-euw1").Ingress).ReserveStaticIps);
    }

    private sealed class StaticIpComparer : IEqualityComparer<StaticIpPlan>
    {
        public bool Equals(StaticIpPlan? x, StaticIpPlan? y) => x is not null && y is not null && (x.App, x.Name) == (y.App, y.Name) && x.Hosts.SequenceEqual(y.Hosts);

        public int GetHashCode(StaticIpPlan obj) => obj.Name.GetHashCode(StringComparison.Ordinal);
    }
}
