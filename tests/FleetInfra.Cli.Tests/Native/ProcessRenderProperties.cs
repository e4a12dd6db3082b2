using CsCheck;
using FleetInfra.Core.Planning;
using FleetInfra.Core.Rendering;
using FleetInfra.Core.Tests.Properties;

namespace FleetInfra.Cli.Tests.Native;

/// <summary>
/// Generated fleets (names YAML reads as other types, environment values full of quotes, indicators and line breaks,
/// custom domains, both providers, clusters running some of the apps) rendered by the <c>fleet</c> process (the native
/// executable under scripts/test, see <see cref="FleetProcess"/>) equal the JIT build's render in this process, in
/// both layouts, byte for byte.
/// </summary>
[Trait("Category", "Process")]
public sealed class ProcessRenderProperties
{
    private static readonly Gen<FleetSpec> Fleets =
        from apps in FleetGen.App.Array[1, 4]
        from names in FleetGen.DnsLabel.Array[2, 4]
        from gke in Gen.Bool.Array[4]
        from subsets in Gen.Bool.Array[4]
        select Build(apps, names, gke, subsets);

    [Fact]
    public void Render_EqualsTheJitRender_InBothLayouts()
    {
        Fleets.Sample(fleet =>
        {
            using var folder = new FleetFolder(fleet.StackYaml(), fleet.AppFiles(fleet.Apps, "team-"));
            var expected = FleetRenderer.Render(FleetLoader.Load(folder.StackFile).PlanOrThrow());

            var perApp = Path.Combine(folder.Root, "per-app");
            var perCluster = Path.Combine(folder.Root, "per-cluster");
            Assert.Equal(0, FleetProcess.Run("render", "--config", folder.StackFile, "--out", perApp).GetAwaiter().GetResult().ExitCode);
            Assert.Equal(0, FleetProcess.Run("render", "--config", folder.StackFile, "--out", perCluster, "--layout", "cluster").GetAwaiter().GetResult().ExitCode);
            foreach (var cluster in expected)
            {
                foreach (var (file, yaml) in cluster.Files)
                {
                    Assert.Equal(yaml, File.ReadAllText(Path.Combine(perApp, cluster.Name, file)));
                }

                Assert.Equal(string.Concat(cluster.Files.Select(f => f.Yaml)), File.ReadAllText(Path.Combine(perCluster, cluster.Name, FleetRenderer.ClusterFileName)));
            }
        }, iter: 25, threads: 1, print: fleet => fleet.StackYaml() + string.Concat(fleet.AppFiles(fleet.Apps, "team-").Select(f => f.Yaml)));
    }

    private static FleetSpec Build(AppSpec[] generated, string[] names, bool[] gke, bool[] subsets)
    {
        var apps = generated.DistinctBy(a => a.Name).ToArray();
        var clusters = names.Distinct().Select((name, i) => new ClusterSpec(
            name,
            gke[i],
            [new NodeGroupSpec("pool-0", 1, 3, null)],
            subsets[i] ? [apps[i % apps.Length].Name] : null)).ToArray();
        return new FleetSpec(FleetGen.PlaceEveryApp(clusters, apps.Select(a => a.Name)), apps, null, 1);
    }
}
