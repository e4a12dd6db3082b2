using FleetInfra.Core.Config;
using FleetInfra.Core.Planning;
using FleetInfra.Core.Reporting;

namespace FleetInfra.Core.Tests.Review;

/// <summary>A review's hosts resolve on GKE: Cloud DNS records of its own in the base's zone, pointing at its Ingresses.</summary>
public sealed partial class AppsOnlyStackTests
{
    private string StagingWith(string from, string to)
    {
        var file = Path.Combine(_stacks, "Pulumi.staging.yaml");
        var text = File.ReadAllText(file);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(file, text.Replace(from, to, StringComparison.Ordinal));
        return file;
    }

    [Fact]
    public void Review_OnGke_PlansAnARecordPerPublicHost_InTheBasesZone_WithNoStaticIp()
    {
        var review = FleetLoader.Load(Review()).PlanOrThrow();

        var gke = review.Clusters.Single(c => c.Name == "gke-euw1");
        var dns = Assert.IsType<Core.Addons.CloudDnsRecordsPlan>(gke.Addons.CloudDnsRecords);
        Assert.Equal(("example-com", "example.com", "acme-dns"), (dns.Zone.ManagedZone, dns.Zone.ZoneName, dns.Project));
        var publicHosts = gke.Apps.Where(a => a.IsPublic).SelectMany(a => a.Routes.Select(r => (r.Host, App: a.Name))).OrderBy(h => h.Host, StringComparer.Ordinal).ToList();
        Assert.NotEmpty(publicHosts);
        Assert.Equal(publicHosts, dns.Records.Select(r => (r.Host, r.App)));
        Assert.All(dns.Records, r => Assert.EndsWith("-pr-7.gke-euw1.staging.example.com", r.Host, StringComparison.Ordinal));
        Assert.All(dns.Records, r => Assert.Null(r.StaticIpName));
        Assert.Empty(gke.Addons.StaticIps);
        Assert.DoesNotContain(gke.Apps.Where(a => !a.IsPublic), a => dns.Records.Any(r => r.App == a.Name));

        // EKS: the base's ExternalDNS publishes the review's Ingress hosts; the review plans nothing there.
        var eks = review.Clusters.Single(c => c.Name == "eks-use1");
        Assert.Equal((null, null, 0), (eks.Addons.CloudDnsRecords, eks.Addons.ExternalDns, eks.Addons.Decisions.Length));
    }

    [Fact]
    public void ReviewPlan_ShowsItsGkeRecords_LikeTheBasesDnsDecision()
    {
        var review = PlanSummary.From(FleetLoader.Load(Review()).PlanOrThrow());

        var decision = Assert.Single(review.Clusters.Single(c => c.Name == "gke-euw1").Addons);
        Assert.Equal("dns", decision.Need);
        Assert.Equal("Cloud DNS record sets in example-com (example.com)", decision.Delivery);
        Assert.StartsWith($"{review.Clusters.Single(c => c.Name == "gke-euw1").Apps.Count(a => a.Hosts.Length > 0)} A record", decision.Reason, StringComparison.Ordinal);
        Assert.Empty(review.Clusters.Single(c => c.Name == "eks-use1").Addons);
    }

    [Theory]
    [InlineData("  fleet:dns:\n", "  fleet:addons: { dns: false }\n  fleet:dns:\n")]
    [InlineData("    cloudDns: { zoneName: example.com, managedZone: example-com, project: acme-dns }  # GKE clusters: A records\n", "")]
    public void Review_PlansNoRecord_WhereTheBaseHasNone(string from, string to)
    {
        StagingWith(from, to);

        var review = FleetLoader.Load(Review()).PlanOrThrow();

        Assert.All(review.Clusters, cluster => Assert.Null(cluster.Addons.CloudDnsRecords));
    }
}
