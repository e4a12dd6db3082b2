using CsCheck;
using FleetInfra.Core.Planning;
using FleetInfra.Core.Rendering;

namespace FleetInfra.Core.Tests.Properties;

/// <summary>
/// Rendering to disk renders an app once per group of clusters that differ only in their names and fills the
/// name in: for any fleet that must give exactly the bytes of rendering every cluster on its own.
/// </summary>
public sealed class ClusterTemplateProperties
{
    private const string CertificateA = "arn:aws:acm:us-east-1:123456789012:certificate/aaaa-1111";
    private const string CertificateB = "arn:aws:acm:us-east-1:123456789012:certificate/bbbb-2222";

    /// <summary>
    /// Two to seven clusters, so that most providers have several; names that YAML reads as other types; EKS
    /// certificates that split a provider's clusters; custom domains that sort around another port's default host;
    /// clusters that run only some of the apps.
    /// </summary>
    private static readonly Gen<FleetSpec> ManyClusters =
        from apps in FleetGen.App.Array[1, 5]
        from names in FleetGen.DnsLabel.Array[2, 7]
        from gke in Gen.Bool.Array[7]
        from certificates in Gen.Int[0, 2].Array[7]
        from hostile in Gen.Int[0, 2].Array[5]
        from subsets in Gen.Bool.Array[6].Array[7]
        select Build(apps, names, gke, certificates, hostile, subsets);

    [Fact]
    public void RenderingToDisk_WritesWhatRenderingEachClusterWrites_InBothLayouts()
    {
        ManyClusters.Sample(fleet =>
        {
            using var folder = new FleetFolder(fleet.StackYaml(), fleet.AppFiles(fleet.Apps, "team-"));
            var result = FleetLoader.Load(folder.StackFile, folder.AppsDirectory, "prop");
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            var plan = result.Plan!;
            var expected = FleetRenderer.Render(plan);

            var perApp = Path.Combine(folder.Root, "per-app");
            RenderWriter.Write(perApp, plan);
            foreach (var cluster in expected)
            {
                foreach (var (file, yaml) in cluster.Files)
                {
                    Assert.Equal(yaml, File.ReadAllText(Path.Combine(perApp, cluster.Name, file)));
                }
            }

            var perCluster = Path.Combine(folder.Root, "per-cluster");
            RenderWriter.Write(perCluster, plan, layout: RenderLayout.PerCluster);
            foreach (var cluster in expected)
            {
                Assert.Equal(
                    string.Concat(cluster.Files.Select(f => f.Yaml)),
                    File.ReadAllText(Path.Combine(perCluster, cluster.Name, FleetRenderer.ClusterFileName)));
            }
        }, iter: 60, print: fleet => fleet.StackYaml() + string.Concat(fleet.AppFiles(fleet.Apps, "team-").Select(f => f.Yaml)));
    }

    private static FleetSpec Build(AppSpec[] generated, string[] names, bool[] gke, int[] certificates, int[] hostile, bool[][] subsets)
    {
        var clusterNames = names.Distinct().ToArray();
        var apps = generated.DistinctBy(a => a.Name).Select((app, i) => WithHostileDomain(app, hostile[i], clusterNames[0])).ToArray();
        var clusters = clusterNames.Select((name, i) => new ClusterSpec(
            name,
            gke[i],
            [new NodeGroupSpec("pool-0", 1, 3, null)],
            subsets[i][0] ? [.. apps.Where((_, j) => j == i % apps.Length || subsets[i][(j % 5) + 1]).Select(a => a.Name)] : null,
            gke[i] ? null : certificates[i] switch { 1 => CertificateA, 2 => CertificateB, _ => null })).ToArray();
        return new FleetSpec(FleetGen.PlaceEveryApp(clusters, apps.Select(a => a.Name)), apps, null, 1);
    }

    /// <summary>
    /// A custom domain on the first public port that starts like the second public port's default host
    /// (<c>{app}-{port}.</c>): their order, or whether they are one host, depends on the cluster name.
    /// </summary>
    private static AppSpec WithHostileDomain(AppSpec app, int kind, string firstCluster)
    {
        var publicPorts = app.Ports.Where(p => p.IsPublic).ToArray();
        if (kind == 0 || publicPorts.Length < 2 || app.Domains.Length == 0)
        {
            return app;
        }

        var label = $"{app.Name}-{publicPorts[1].Number}";
        var domain = kind == 1 ? $"{label}.m.fleet.example.com" : $"{label}.{firstCluster}.fleet.example.com";
        return app with { Domains = [.. app.Domains, domain] };
    }
}
