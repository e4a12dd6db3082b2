using FleetInfra.Core.Rendering;
using FleetInfra.Core.Tests.Support;
using k8s.Models;

namespace FleetInfra.Core.Tests.Rendering;

/// <summary>One intent, two providers: each cluster gets its controller's objects and nothing of the other's.</summary>
[Collection(CurrentDirectoryCollection.Name)]
public sealed class ProviderDifferenceTests : IDisposable
{
    private static readonly string[] GkeMarkers = ["cloud.google.com/", "networking.gke.io", "kubernetes.io/ingress.class", "BackendConfig", "FrontendConfig", "ManagedCertificate"];
    private static readonly string[] EksMarkers = ["alb.ingress.kubernetes.io/", "ingressClassName", "169.254.169.254"];

    private readonly TempFleet _fleet = new TempFleet()
        .WithStack(TempFleet.Stack())
        .WithApps("a.yaml", """
            application:
              shop:
                image: r.example.com/shop:1
                ports: [ {8080: true}, {9090: false} ]
                min_running_instances: 2
                max_running_instances: 6
                healthchecks:
                  readiness_probe: { type: { http: { port: 8080, path: /healthz } } }
                custom_domains: [ { domain: shop.example.com } ]
            """);

    public void Dispose() => _fleet.Dispose();

    private string Yaml(string cluster) => ManifestYaml.Serialize(_fleet.Objects(cluster, "shop"));

    [Fact]
    public void EksOutput_HasNoGkeAnnotationsOrObjects()
    {
        var yaml = Yaml("eks-use1");
        Assert.All(GkeMarkers, marker => Assert.DoesNotContain(marker, yaml, StringComparison.Ordinal));
    }

    [Fact]
    public void GkeOutput_HasNoAlbAnnotationsOrIngressClassName()
    {
        var yaml = Yaml("gke-euw1");
        Assert.All(EksMarkers, marker => Assert.DoesNotContain(marker, yaml, StringComparison.Ordinal));
    }

    [Fact]
    public void EksCustomDomain_UsesCertificateDiscoveryFromTlsHosts_OrTheConfiguredArn()
    {
        var discovered = _fleet.Single<V1Ingress>("eks-use1", "shop");
        Assert.Equal(["shop.example.com"], Assert.Single(discovered.Spec.Tls).Hosts);
        Assert.False(discovered.Metadata.Annotations.ContainsKey("alb.ingress.kubernetes.io/certificate-arn"));

        const string Arn = "arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d";
        _fleet.WithStack(TempFleet.Stack(clusters: TempFleet.EksCluster + $"\n      certificateArn: {Arn}"));
        Assert.Equal(Arn, _fleet.Single<V1Ingress>("eks-use1", "shop").Metadata.Annotations["alb.ingress.kubernetes.io/certificate-arn"]);
    }

    [Fact]
    public void AllEksApps_ShareOneAlbThroughTheClusterGroup()
    {
        _fleet.WithApps("b.yaml", "application:\n  blog:\n    image: r.example.com/blog:1\n    ports: [ {8080: true} ]\n");
        var groups = new[] { "shop", "blog" }
            .Select(app => _fleet.Single<V1Ingress>("eks-use1", app).Metadata.Annotations["alb.ingress.kubernetes.io/group.name"])
            .Distinct();
        Assert.Equal(["eks-use1"], groups);
    }

    [Theory]
    [InlineData("eks-use1", new[] { "169.254.169.254/32" })]
    [InlineData("gke-euw1", null)]
    public void EgressPolicy_BlocksTheNodeMetadataServiceOnlyWherePodsNeverNeedIt(string cluster, string[]? except)
    {
        var policy = _fleet.Objects(cluster, "shop").OfType<V1NetworkPolicy>().Single(p => p.Metadata.Name == "shop");
        var ipBlock = policy.Spec.Egress.Single(rule => rule.Ports is null).To.Single(peer => peer.IpBlock is not null).IpBlock;
        Assert.Equal("0.0.0.0/0", ipBlock.Cidr);
        Assert.Equal(except, ipBlock.Except?.ToArray());
    }

    [Theory]
    [InlineData("eks-use1")]
    [InlineData("gke-euw1")]
    public void EgressPolicy_AlwaysAllowsDnsToKubeDns(string cluster)
    {
        var policy = _fleet.Objects(cluster, "shop").OfType<V1NetworkPolicy>().Single(p => p.Metadata.Name == "shop");

        var dns = policy.Spec.Egress.First();
        var peer = Assert.Single(dns.To);
        Assert.Equal("kube-system", peer.NamespaceSelector.MatchLabels["kubernetes.io/metadata.name"]);
        Assert.Equal("kube-dns", peer.PodSelector.MatchLabels["k8s-app"]);
        Assert.Equal(["53/UDP", "53/TCP"], dns.Ports.Select(p => $"{p.Port.Value}/{p.Protocol}"));
    }

    [Fact]
    public void NetworkPolicies_DenyByDefault_ThenOpenPublicPortsToAllAndPrivatePortsOnlyToTheAppItself()
    {
        var policies = _fleet.Objects("eks-use1", "shop").OfType<V1NetworkPolicy>().ToList();
        var deny = policies.Single(p => p.Metadata.Name == "default-deny");
        Assert.Empty(deny.Spec.PodSelector.MatchLabels ?? new Dictionary<string, string>());
        Assert.Equal(["Ingress", "Egress"], deny.Spec.PolicyTypes);
        Assert.Null(deny.Spec.Ingress);

        var allow = policies.Single(p => p.Metadata.Name == "shop");
        Assert.Equal(2, allow.Spec.Ingress.Count);
        Assert.Null(allow.Spec.Ingress[0].FromProperty);
        Assert.Equal(8080, int.Parse(allow.Spec.Ingress[0].Ports.Single().Port.Value, System.Globalization.CultureInfo.InvariantCulture));
        var self = Assert.Single(allow.Spec.Ingress[1].FromProperty);
        Assert.Equal("shop", self.NamespaceSelector.MatchLabels["kubernetes.io/metadata.name"]);
        Assert.Equal("shop", self.PodSelector.MatchLabels["app.kubernetes.io/name"]);
        Assert.Equal(9090, int.Parse(allow.Spec.Ingress[1].Ports.Single().Port.Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void EveryObject_CarriesTheRecommendedLabels()
    {
        foreach (var item in _fleet.Objects("gke-euw1", "shop"))
        {
            var labels = ((dynamic)item).Metadata.Labels as IDictionary<string, string>;
            Assert.NotNull(labels);
            Assert.Equal("shop", labels!["app.kubernetes.io/name"]);
            Assert.Equal("fleetinfra", labels["app.kubernetes.io/part-of"]);
            Assert.Equal("fleetinfra", labels["app.kubernetes.io/managed-by"]);
            Assert.Equal("test", labels["fleetinfra.io/environment"]);
            Assert.Equal("gke-euw1", labels["fleetinfra.io/cluster"]);
        }
    }

    [Fact]
    public void Namespace_EnforcesRestrictedPodSecurity()
    {
        var labels = _fleet.Single<V1Namespace>("eks-use1", "shop").Metadata.Labels;
        Assert.Equal("restricted", labels["pod-security.kubernetes.io/enforce"]);
        Assert.Equal("restricted", labels["pod-security.kubernetes.io/warn"]);
        Assert.Equal("restricted", labels["pod-security.kubernetes.io/audit"]);
    }
}
