using FleetInfra.Core.Tests.Support;
using k8s.Models;

namespace FleetInfra.Core.Tests.Rendering;

/// <summary>What the load balancers need from the pods they target: readiness gates, health checks and certificates.</summary>
[Collection(CurrentDirectoryCollection.Name)]
public sealed class LoadBalancerTargetTests : IDisposable
{
    private readonly TempFleet _fleet = new TempFleet().WithApps("a.yaml", """
        application:
          shop:
            image: r.example.com/shop:1
            ports:
              - 8080: true
              - { internal_port: 9901, publicly_accessible: false, name: admin }
            healthchecks:
              readiness_probe: { type: { http: { port: 9901, path: /ready } } }
            custom_domains:
              - { domain: shop.example.com, generate_certificate: true }
              - { domain: legacy.example.org, generate_certificate: true }
          worker:
            image: r.example.com/worker:1
            ports: [ {9090: false} ]
        """);

    public void Dispose() => _fleet.Dispose();

    [Fact]
    public void EksNamespaceOfAPublicApp_GetsTheAlbPodReadinessGateLabel_OthersDoNot()
    {
        _fleet.WithStack(TempFleet.Stack());
        const string label = "elbv2.k8s.aws/pod-readiness-gate-inject";

        Assert.Equal("enabled", _fleet.Single<V1Namespace>("eks-use1", "shop").Metadata.Labels.TryGetValue(label, out var value) ? value : null);
        Assert.False(_fleet.Single<V1Namespace>("eks-use1", "worker").Metadata.Labels.ContainsKey(label));
        Assert.False(_fleet.Single<V1Namespace>("gke-euw1", "shop").Metadata.Labels.ContainsKey(label));
    }

    [Theory]
    [InlineData("eks-use1", new[] { "10.0.0.0/16" })]
    [InlineData("gke-euw1", new[] { "10.10.0.0/20", "130.211.0.0/22", "35.191.0.0/16" })]
    public void HealthCheckOnAPrivatePort_IsOpenToTheLoadBalancerAndVpcRanges_NotToEverySource(string cluster, string[] sources)
    {
        _fleet.WithStack(TempFleet.Stack());
        var rules = _fleet.Objects(cluster, "shop").OfType<V1NetworkPolicy>().Single(p => p.Metadata.Name == "shop").Spec.Ingress;

        bool Opens(V1NetworkPolicyIngressRule rule, string port) => rule.Ports.Any(p => p.Port.Value == port);

        Assert.DoesNotContain(rules, r => r.FromProperty is null && Opens(r, "9901"));
        var fromRanges = Assert.Single(rules, r => r.FromProperty?.Any(f => f.IpBlock is not null) == true);
        Assert.Equal(sources, fromRanges.FromProperty.Select(f => f.IpBlock.Cidr).Order(StringComparer.Ordinal));
        Assert.Equal(["9901"], fromRanges.Ports.Select(p => p.Port.Value));
        Assert.Contains(rules, r => r.FromProperty is null && Opens(r, "8080"));
    }

    [Fact]
    public void EksTls_ListsOnlyTheHostsThePlannedCertificateCovers()
    {
        _fleet.WithStack(TempFleet.Stack(TempFleet.Zones, TempFleet.EksCluster));

        var ingress = _fleet.Single<V1Ingress>("eks-use1", "shop");

        Assert.Equal(["shop.example.com"], ingress.Spec.Tls.SelectMany(t => t.Hosts));
        Assert.Equal(["legacy.example.org", "shop.example.com"], ingress.Spec.Rules.Select(r => r.Host).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EksTls_WithANamedCertificateOrWithoutAPlannedOne_ListsEveryHost()
    {
        var named = TempFleet.EksCluster + "\n      certificateArn: arn:aws:acm:us-east-1:123456789012:certificate/3f1c2a9e-7b4d-4e8a-9c61-2d5f0e8b7a13";
        _fleet.WithStack(TempFleet.Stack(TempFleet.Zones, named));
        Assert.Equal(["legacy.example.org", "shop.example.com"], _fleet.Single<V1Ingress>("eks-use1", "shop").Spec.Tls.SelectMany(t => t.Hosts));

        _fleet.WithStack(TempFleet.Stack());
        Assert.Equal(["legacy.example.org", "shop.example.com"], _fleet.Single<V1Ingress>("eks-use1", "shop").Spec.Tls.SelectMany(t => t.Hosts));
    }
}
