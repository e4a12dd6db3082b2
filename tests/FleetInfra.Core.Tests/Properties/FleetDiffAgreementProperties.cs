using CsCheck;
using FleetInfra.Core.Diffing;
using FleetInfra.Core.Rendering;

namespace FleetInfra.Core.Tests.Properties;

/// <summary>
/// <c>fleet diff</c> compares the two sides per placement, skips apps whose templates did not change and compares a
/// template pair's change once for all clusters of a group. For any fleet and any change, its objects must be exactly
/// those of rendering every cluster of both sides in full and comparing them file by file.
/// </summary>
public sealed class FleetDiffAgreementProperties
{
    private const string Certificate = "arn:aws:acm:us-east-1:123456789012:certificate/aaaa-1111";

    /// <summary>
    /// Two to six clusters (names YAML reads as other types, so short ones that occur all over the text; EKS clusters
    /// split by a certificate; clusters running some of the apps), and a change of some apps' cpu, memory, image,
    /// environment or replicas, an app removed or added, a cluster's apps or a cluster removed.
    /// </summary>
    private static readonly Gen<(FleetSpec Before, FleetSpec After)> Changes =
        from apps in FleetGen.App.Array[2, 6]
        from added in FleetGen.App
        from names in FleetGen.DnsLabel.Array[2, 6]
        from gke in Gen.Bool.Array[6]
        from certificates in Gen.Bool.Array[6]
        from subsets in Gen.Bool.Array[4].Array[6]
        from edits in Gen.Int[0, 9].Array[6]
        from cpu in FleetGen.Cpu
        from memory in FleetGen.Memory
        from image in FleetGen.Image
        from environment in FleetGen.EnvironmentValue
        from clusterEdit in Gen.Int[0, 3]
        select Build(apps, added, names, gke, certificates, subsets, edits, (cpu, memory, image, environment), clusterEdit);

    [Fact]
    public void TheDiff_EqualsComparingEveryClustersFullRenders()
    {
        Changes.Sample(change =>
        {
            using var before = new FleetFolder(change.Before.StackYaml(), change.Before.AppFiles(change.Before.Apps, "team-"));
            using var after = new FleetFolder(change.After.StackYaml(), change.After.AppFiles(change.After.Apps, "team-"));
            var beforeSide = Load(before);
            var afterSide = Load(after);

            var diff = FleetDiffer.Compare(beforeSide, afterSide, "base");

            Assert.Equal(FullComparison(beforeSide, afterSide), diff.Clusters.Where(c => !c.Objects.IsEmpty).ToDictionary(c => c.Name, c => Describe(c.Objects)));
        }, iter: 40, print: change => $"before:\n{Text(change.Before)}\nafter:\n{Text(change.After)}");
    }

    /// <summary>Each cluster of either side rendered in full, directly, and compared file by file.</summary>
    private static Dictionary<string, List<string>> FullComparison(DiffSide before, DiffSide after)
    {
        var was = FleetRenderer.Render(before.Plan).ToDictionary(c => c.Name);
        var now = FleetRenderer.Render(after.Plan).ToDictionary(c => c.Name);
        return was.Keys.Union(now.Keys)
            .Select(name => (Name: name, Objects: ObjectDiffer.Compare(was.GetValueOrDefault(name), now.GetValueOrDefault(name))))
            .Where(c => !c.Objects.IsEmpty)
            .ToDictionary(c => c.Name, c => Describe(c.Objects));
    }

    /// <summary>Every field of every change, apps in name order (file paths sort differently), each app's objects in file order.</summary>
    private static List<string> Describe(IEnumerable<ObjectDiff> objects) =>
        [.. objects
            .Select((o, i) => (Object: o, Index: i))
            .OrderBy(o => o.Object.App, StringComparer.Ordinal)
            .ThenBy(o => o.Index)
            .Select(o => o.Object)
            .Select(o => $"{o.App} {o.ApiVersion} {o} {o.Change} [{string.Join("; ", o.Fields.Select(f => $"{f.Path}: {f.Before} -> {f.After}"))}] [{string.Join(", ", o.ImmutableFields)}]")];

    private static DiffSide Load(FleetFolder folder)
    {
        var side = DiffSide.Load(folder.StackFile, "prop", folder.Root, out var diagnostics, folder.AppsDirectory);
        Assert.True(side is not null, string.Join("\n", diagnostics));
        return side;
    }

    private static string Text(FleetSpec fleet) => fleet.StackYaml() + string.Concat(fleet.AppFiles(fleet.Apps, "team-").Select(f => f.Yaml));

    private static (FleetSpec, FleetSpec) Build(
        AppSpec[] generated, AppSpec added, string[] names, bool[] gke, bool[] certificates, bool[][] subsets, int[] edits,
        (string Cpu, string Memory, string Image, string Environment) values, int clusterEdit)
    {
        var apps = generated.DistinctBy(a => a.Name).ToArray();
        var clusterNames = names.Distinct().ToArray();
        var clusters = clusterNames.Select((name, i) => new ClusterSpec(
            name,
            gke[i],
            [new NodeGroupSpec("pool-0", 1, 3, null)],
            subsets[i][0] ? [.. apps.Where((_, j) => j == i % apps.Length || subsets[i][(j % 3) + 1]).Select(a => a.Name)] : null,
            !gke[i] && certificates[i] ? Certificate : null)).ToArray();

        var changed = apps.Select((app, i) => edits[i] switch
        {
            1 => app with { Cpu = values.Cpu },
            2 => app with { Memory = values.Memory },
            3 => app with { Image = values.Image },
            4 => app with { EnvironmentValues = [.. app.EnvironmentValues, values.Environment] },
            5 => app with { MinInstances = app.MinInstances + 1, MaxInstances = app.MaxInstances + 1 },
            6 when i > 0 => null,
            _ => app,
        }).OfType<AppSpec>().ToList();
        if (edits[^1] >= 7 && changed.All(a => a.Name != added.Name))
        {
            changed.Add(added);
        }

        var kept = changed.Select(a => a.Name).ToHashSet();
        var changedClusters = clusters
            .Select((cluster, i) => cluster with { Apps = (i == 0 && clusterEdit == 1 ? null : cluster.Apps)?.Where(kept.Contains).DefaultIfEmpty(changed[0].Name).ToArray() })
            .Where((_, i) => !(clusterEdit == 2 && i == clusters.Length - 1))
            .ToArray();
        return (
            new FleetSpec(FleetGen.PlaceEveryApp(clusters, apps.Select(a => a.Name)), apps, null, 1),
            new FleetSpec(FleetGen.PlaceEveryApp(changedClusters, changed.Select(a => a.Name)), [.. changed], null, 2));
    }
}
