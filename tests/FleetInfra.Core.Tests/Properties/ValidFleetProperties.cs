using CsCheck;
using FleetInfra.Core.Planning;
using FleetInfra.Core.Rendering;
using FleetInfra.Core.Tests.Support;

namespace FleetInfra.Core.Tests.Properties;

/// <summary>Every generated valid fleet loads, plans exactly what was selected, and renders consistent manifests.</summary>
[Collection(CurrentDirectoryCollection.Name)]
public sealed class ValidFleetProperties
{
    [Fact]
    public void ValidFleet_PlansTheSelectedAppsAndRendersManifestsWhoseReferencesResolve()
    {
        FleetGen.Fleet.Sample(fleet =>
        {
            using var folder = new FleetFolder(fleet.StackYaml(), fleet.AppFiles(fleet.Apps, "team-"));

            var result = FleetLoader.Load(folder.StackFile, folder.AppsDirectory, "prop");

            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            var plan = result.Plan!;
            var selected = fleet.StackApps ?? [.. fleet.Apps.Select(a => a.Name)];
            foreach (var (clusterSpec, cluster) in fleet.Clusters.Zip(plan.Clusters))
            {
                Assert.Equal(clusterSpec.Name, cluster.Name);
                Assert.Equal((clusterSpec.Apps ?? selected).Order(StringComparer.Ordinal), cluster.Apps.Select(a => a.Name));
                var rendered = FleetRenderer.Render(plan with { Clusters = [cluster] }).Single();
                ManifestInvariants.Check(cluster, ClusterManifests.Render(cluster), rendered.Files);
            }
        }, iter: 40, print: Describe);
    }

    [Fact]
    public void ValidFleet_RendersByteIdenticalOutputForAnyOrderOfFilesAndApps()
    {
        var gen =
            from fleet in FleetGen.Fleet
            from shuffled in Gen.Shuffle(fleet.Apps.ToArray())
            from fileCount in Gen.Int[1, 4]
            select (fleet, shuffled, fileCount);
        gen.Sample(input =>
        {
            var (fleet, shuffled, fileCount) = input;
            using var original = new FleetFolder(fleet.StackYaml(), fleet.AppFiles(fleet.Apps, "a-"));
            using var reordered = new FleetFolder(fleet.StackYaml(), (fleet with { FileCount = fileCount }).AppFiles(shuffled, "z-"));

            var first = FleetRenderer.Render(FleetLoader.Load(original.StackFile, original.AppsDirectory, "prop").PlanOrThrow());
            var second = FleetRenderer.Render(FleetLoader.Load(reordered.StackFile, reordered.AppsDirectory, "prop").PlanOrThrow());

            Assert.Equal(Flatten(first), Flatten(second));
        }, iter: 40, print: input => Describe(input.fleet));
    }

    private static string[] Flatten(IEnumerable<RenderedCluster> clusters) =>
        [.. clusters.SelectMany(c => c.Files.Select(f => $"--- {c.Name}/{f.RelativePath}\n{f.Yaml}"))];

    private static string Describe(FleetSpec fleet) =>
        fleet.StackYaml() + string.Concat(fleet.AppFiles(fleet.Apps, "team-").Select(f => $"# {f.FileName}\n{f.Yaml}"));
}
