using FleetInfra.Core.Planning;
using FleetInfra.Core.Rendering;
using FleetInfra.Core.Rendering.Reuse;
using FleetInfra.Core.Tests.Support;

namespace FleetInfra.Core.Tests.Rendering;

/// <summary>Which clusters share an app's rendering, and that sharing never changes a byte.</summary>
[Collection(CurrentDirectoryCollection.Name)]
public sealed class ClusterTemplateTests : IDisposable
{
    private const string Apps = """
        application:
          api:
            image: r.example.com/api:1
            ports: [ {8080: true} ]
          worker:
            image: r.example.com/worker:1
        """;

    private readonly string _output = Path.Combine(Path.GetTempPath(), "fleet-template-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }

    [Fact]
    public void ClustersOfOneProvider_RenderEachAppOnce()
    {
        using var fleet = new TempFleet().WithStack(TempFleet.Stack(clusters: Clusters(("eks-a", "eks", null), ("eks-b", "eks", null), ("gke-a", "gke", null), ("gke-b", "gke", null))));
        fleet.WithApps("apps.yaml", Apps);

        var batches = RenderBatch.Of(fleet.Plan()).ToList();

        Assert.Equal(2, batches.Count);
        Assert.All(batches, batch => Assert.Equal(["api", "worker"], batch.TemplatedApps.Order(StringComparer.Ordinal)));
        Assert.Equal([["eks-a", "eks-b"], ["gke-a", "gke-b"]], batches.Select(b => b.Clusters.Select(c => c.Plan.Name).ToArray()));
    }

    [Fact]
    public void EksClustersWithDifferentCertificates_ShareNothing()
    {
        const string certificate = "arn:aws:acm:us-east-1:123456789012:certificate/aaaa-1111";
        using var fleet = new TempFleet().WithStack(TempFleet.Stack(clusters: Clusters(("eks-a", "eks", certificate), ("eks-b", "eks", null), ("eks-c", "eks", certificate))));
        fleet.WithApps("apps.yaml", Apps);
        var plan = fleet.Plan();

        var batches = RenderBatch.Of(plan).ToList();

        Assert.Equal([["eks-a", "eks-c"], ["eks-b"]], batches.Select(b => b.Clusters.Select(c => c.Plan.Name).ToArray()));
        Assert.Empty(batches[1].TemplatedApps);
        AssertRendersLikeEachClusterAlone(plan);
        Assert.DoesNotContain("certificate-arn", File.ReadAllText(Path.Combine(_output, "eks-b", "api.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void ClusterNamesThatYamlReadsAsOtherTypes_AreQuotedAsWhenRenderedAlone()
    {
        using var fleet = new TempFleet().WithStack(TempFleet.Stack(clusters: Clusters(("no", "gke", null), ("123", "gke", null), ("gke-a", "gke", null))));
        fleet.WithApps("apps.yaml", Apps);
        var plan = fleet.Plan();

        AssertRendersLikeEachClusterAlone(plan);
        var api = File.ReadAllText(Path.Combine(_output, "no", "api.yaml"));
        Assert.Contains("fleetinfra.io/cluster: \"no\"\n", api, StringComparison.Ordinal);
        Assert.Contains("host: api.no.dev.example.com\n", api, StringComparison.Ordinal);
        Assert.Contains("fleetinfra.io/cluster: \"123\"\n", File.ReadAllText(Path.Combine(_output, "123", "api.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void CustomDomainThatSortsAgainstADefaultHostByClusterName_IsRenderedPerCluster()
    {
        // The custom host of port 8080 and the default host of port 9090 share "gw-9090.", so their order in the TLS
        // hosts depends on the cluster name: "a" sorts before "m", "z" after.
        const string gateway = """
            application:
              gw:
                image: r.example.com/gw:1
                ports: [ {8080: true}, {9090: true} ]
                custom_domains: [ { domain: gw-9090.m.dev.example.com } ]
            """;
        using var fleet = new TempFleet().WithStack(TempFleet.Stack(clusters: Clusters(("a", "eks", null), ("z", "eks", null))));
        fleet.WithApps("apps.yaml", gateway);
        var plan = fleet.Plan();

        Assert.Empty(RenderBatch.Of(plan).Single().TemplatedApps);
        AssertRendersLikeEachClusterAlone(plan);
        Assert.Contains("- hosts:\n    - gw-9090.a.dev.example.com\n    - gw-9090.m.dev.example.com\n", File.ReadAllText(Path.Combine(_output, "a", "gw.yaml")), StringComparison.Ordinal);
        Assert.Contains("- hosts:\n    - gw-9090.m.dev.example.com\n    - gw-9090.z.dev.example.com\n", File.ReadAllText(Path.Combine(_output, "z", "gw.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void ClusterThatDiffersBeyondItsName_IsCaughtByTheCheckAndRenderedDirectly()
    {
        // Force the two clusters into one batch although their certificates differ: what a template key that
        // forgot a field would do. The per-cluster check must notice and render eks-b on its own.
        const string certificate = "arn:aws:acm:us-east-1:123456789012:certificate/aaaa-1111";
        using var fleet = new TempFleet().WithStack(TempFleet.Stack(clusters: Clusters(("eks-a", "eks", certificate), ("eks-b", "eks", null))));
        fleet.WithApps("apps.yaml", Apps);
        var plan = fleet.Plan();

        var batch = RenderBatch.SharingTemplates(plan.Clusters.Select(c => new BatchCluster(c)));

        Assert.Equal([true, false], batch.Clusters.Select(c => c.UsesTemplates));
        var clusterB = batch.Clusters[1];
        var buffers = new RenderBuffers();
        batch.Render(clusterB, clusterB.Plan.Apps.Single(a => a.Name == "api"), buffers);
        var alone = FleetRenderer.Render(plan with { Clusters = [clusterB.Plan] }).Single().Files.Single(f => f.RelativePath == "api.yaml").Yaml;
        Assert.Equal(alone, System.Text.Encoding.UTF8.GetString(buffers.Bytes.WrittenSpan));
    }

    [Fact]
    public void RendersLike_AgreesWithBuildingTheAnonymousApp()
    {
        // The per-placement check compares without building the anonymous app; it must decide exactly as building it
        // does, for the right cluster name, a wrong one, names that are prefixes of each other, and changed routes.
        const string apps = """
            application:
              api:
                image: r.example.com/api:1
                ports: [ {8080: true}, {9090: true} ]
              gw:
                image: r.example.com/gw:1
                ports: [ {8080: true}, {9090: true} ]
                custom_domains: [ { domain: gw-9090.m.dev.example.com } ]
              shop:
                image: r.example.com/shop:1
                ports: [ {8080: true} ]
                custom_domains: [ { domain: shop.example.org } ]
              worker:
                image: r.example.com/worker:1
            """;
        using var fleet = new TempFleet().WithStack(TempFleet.Stack(clusters: Clusters(("a", "eks", null), ("ab", "eks", null), ("z", "eks", null))));
        fleet.WithApps("apps.yaml", apps);
        var placed = fleet.Plan().Clusters.SelectMany(c => c.Apps.Select(app => (Cluster: c.Name, App: app))).ToList();
        var variants = placed.SelectMany(p => new[]
        {
            p,
            (p.Cluster, App: p.App with { Routes = [.. p.App.Routes.Select(r => r with { Port = r.Port + 1 })] }),
            (p.Cluster, App: p.App with { Routes = [.. p.App.Routes.Select(r => r.IsDefaultHost ? r with { Host = "x" + r.Host } : r)] }),
            (p.Cluster, App: p.App with { Routes = [.. p.App.Routes.Select(r => r.IsDefaultHost ? r with { Host = r.Host.Replace(".", string.Empty, StringComparison.Ordinal) } : r)] }),
        }).ToList();
        var templates = placed.Select(p => ClusterNamePlaceholder.Anonymous(p.App, p.Cluster)).OfType<AppPlan>().ToList();
        var compared = 0;

        foreach (var (cluster, app) in variants)
        {
            foreach (var name in new[] { cluster, "a", "ab", "z", "dev" })
            {
                foreach (var template in templates.Where(t => t.Name == app.Name))
                {
                    var expected = ClusterNamePlaceholder.Anonymous(app, name) is { } anonymous && ClusterNamePlaceholder.SameApp(anonymous, template);
                    Assert.Equal(expected, ClusterNamePlaceholder.RendersLike(app, name, template));
                    compared += expected ? 1 : 0;
                }
            }
        }

        Assert.True(compared > 0, "no variant matched its template: the test compares nothing");
    }

    private void AssertRendersLikeEachClusterAlone(FleetPlan plan)
    {
        RenderWriter.Write(_output, plan);
        foreach (var cluster in plan.Clusters)
        {
            var alone = FleetRenderer.Render(plan with { Clusters = [cluster] }).Single();
            foreach (var (file, yaml) in alone.Files)
            {
                Assert.Equal(yaml, File.ReadAllText(Path.Combine(_output, cluster.Name, file)));
            }
        }
    }

    private static string Clusters(params (string Name, string Provider, string? Certificate)[] clusters) =>
        string.Join("\n", clusters.Select(c => c.Provider == "eks"
            ? TempFleet.Renamed(TempFleet.EksCluster, c.Name) + (c.Certificate is null ? string.Empty : $"\n      certificateArn: {c.Certificate}")
            : TempFleet.Renamed(TempFleet.GkeCluster, c.Name)));
}
