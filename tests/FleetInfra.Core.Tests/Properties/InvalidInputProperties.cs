using System.Text;
using CsCheck;
using FleetInfra.Core.Config;
using FleetInfra.Core.Diagnostics;
using FleetInfra.Core.Intents;
using FleetInfra.Core.Planning;
using FleetInfra.Core.Rendering;
using FleetInfra.Core.Tests.Support;
using FleetInfra.Core.Yaml;

namespace FleetInfra.Core.Tests.Properties;

/// <summary>
/// Every broken input is rejected with diagnostics, never an exception: targeted mutations of valid fleets,
/// random bytes, YAML-like noise, and valid files with random edits.
/// </summary>
[Collection(CurrentDirectoryCollection.Name)]
public sealed class InvalidInputProperties
{
    private const string YamlNoise = "ab9 :-,[]{}?&*!|>'\"#%@`\t\n\n  ";

    [Fact]
    public void MutatedFleet_IsRejectedWithAnErrorAtTheMutatedField()
    {
        var gen =
            from fleet in FleetGen.Fleet
            from mutation in Gen.OneOfConst(Enum.GetValues<Mutation>())
            from junk in Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz"], 1, 8]
            from number in Gen.OneOf(Gen.Int[65_536, int.MaxValue], Gen.Int[int.MinValue, 0])
            select (fleet, mutation, junk, number);
        gen.Sample(input =>
        {
            var (fleet, mutation, junk, number) = input;
            var (stack, apps, expectedPath) = Mutate(fleet, mutation, junk, number);
            using var folder = new FleetFolder(stack, apps);

            var result = FleetLoader.Load(folder.StackFile, folder.AppsDirectory, "prop");

            Assert.False(result.Succeeded);
            Assert.Null(result.Plan);
            Assert.Contains(result.Diagnostics, d => d.IsError && d.FieldPath.StartsWith(expectedPath, StringComparison.Ordinal));
            Assert.All(result.Diagnostics, AssertWellFormed);
        }, iter: 150, print: input => $"{input.mutation} {input.junk} {input.number}\n{input.fleet.StackYaml()}");
    }

    [Fact]
    public void RandomBytes_AreReportedNeverThrown()
    {
        Gen.Byte.Array[0, 600].Sample(bytes =>
        {
            var file = Path.Combine(Path.GetTempPath(), $"fleet-fuzz-{Guid.NewGuid():N}.yaml");
            File.WriteAllBytes(file, bytes);
            try
            {
                var diagnostics = new DiagnosticBag();
                if (YamlFileLoader.Load(file, "fuzz.yaml", diagnostics) is { } yaml)
                {
                    ParseAndPlanEverything(yaml, diagnostics);
                }

                Assert.All(diagnostics.ToImmutableSorted(), AssertWellFormed);
            }
            finally
            {
                File.Delete(file);
            }
        }, iter: 400);
    }

    [Fact]
    public void YamlLikeNoise_IsReportedNeverThrown()
    {
        Gen.String[Gen.Char[YamlNoise], 0, 120].Sample(text =>
        {
            var diagnostics = new DiagnosticBag();
            if (YamlFileLoader.Parse(text, "noise.yaml", diagnostics) is { } yaml)
            {
                ParseAndPlanEverything(yaml, diagnostics);
            }

            Assert.All(diagnostics.ToImmutableSorted(), AssertWellFormed);
        }, iter: 3000);
    }

    [Fact]
    public void ValidFilesWithRandomEdits_AreReportedOrPlannedNeverThrown()
    {
        var gen =
            from fleet in FleetGen.Fleet
            from edits in Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[0, 2], Gen.Char[YamlNoise]).Array[1, 4]
            from editStack in Gen.Bool
            let stack = fleet.StackYaml()
            let apps = fleet.AppFiles(fleet.Apps, "team-")[0].Yaml
            select editStack ? (Edit(stack, edits), apps) : (stack, Edit(apps, edits));
        gen.Sample(input =>
        {
            var (stack, apps) = input;
            var diagnostics = new DiagnosticBag();
            var stackFile = YamlFileLoader.Parse(stack, "Pulumi.prop.yaml", diagnostics);
            var appsFile = YamlFileLoader.Parse(apps, "apps/team-0.yaml", diagnostics);
            if (stackFile is not null && appsFile is not null && StackConfigParser.Parse(stackFile, "prop", ".", diagnostics) is { } config)
            {
                var intents = ApplicationIntentParser.Parse(appsFile, diagnostics);
                if (FleetPlanner.Plan(config, intents, diagnostics) is { } plan)
                {
                    Assert.False(diagnostics.HasErrors);
                    _ = FleetRenderer.Render(plan);
                }
            }

            Assert.All(diagnostics.ToImmutableSorted(), AssertWellFormed);
        }, iter: 300, print: input => $"{input.Item1}\n---- apps\n{input.Item2}");
    }

    /// <summary>Inserts, deletes or replaces one character per edit, at positions taken modulo the text length.</summary>
    private static string Edit(string original, (int Position, int Kind, char Char)[] edits)
    {
        var text = new StringBuilder(original);
        foreach (var (position, kind, c) in edits)
        {
            var at = position % (text.Length + 1);
            _ = kind switch
            {
                0 => text.Insert(at, c),
                1 when at < text.Length => text.Remove(at, 1),
                _ when at < text.Length => text.Remove(at, 1).Insert(at, c),
                _ => text.Append(c),
            };
        }

        return text.ToString();
    }

    private enum Mutation
    {
        UnknownAppKey,
        CpuAsList,
        CpuGarbage,
        MemoryGarbage,
        MinAboveMax,
        InstancesAsMapping,
        ImageLatest,
        AppNameInvalid,
        DuplicateAppAcrossFiles,
        PortOutOfRange,
        UnknownProvider,
        NodeGroupMinAboveMax,
        UnknownFleetKey,
        ClusterAppsUnknownApp,
    }

    /// <summary>One mutation of the first app (or the stack), and the field path whose error must appear.</summary>
    private static (string Stack, IReadOnlyList<(string, string)> Apps, string ExpectedPath) Mutate(FleetSpec fleet, Mutation mutation, string junk, int number)
    {
        if (mutation == Mutation.ClusterAppsUnknownApp)
        {
            fleet = fleet with { Clusters = [fleet.Clusters[0] with { Apps = [$"{junk}-not-an-app"] }, .. fleet.Clusters.Skip(1)] };
        }

        var stack = fleet.StackYaml();
        var app = fleet.Apps[0];
        var others = fleet.Apps.Skip(1).ToArray();
        var appPath = $"application.{app.Name}";
        AppSpec? mutated = mutation switch
        {
            Mutation.CpuAsList => app with { Cpu = $"[{app.Cpu}]" },
            Mutation.CpuGarbage => app with { Cpu = $"{junk}x" },
            Mutation.MemoryGarbage => app with { Memory = $"{junk}!" },
            Mutation.MinAboveMax => app with { MinInstances = app.MaxInstances + 1 },
            Mutation.ImageLatest => app with { Image = $"registry.example.com/team/{junk}:latest" },
            Mutation.AppNameInvalid => app with { Name = $"{app.Name}_{junk.ToUpperInvariant()}" },
            Mutation.PortOutOfRange => app with { Ports = [new PortSpec(number, false, null, "TCP"), .. app.Ports.Skip(1)], HttpReadiness = false },
            _ => null,
        };
        var expected = mutation switch
        {
            Mutation.UnknownAppKey => $"{appPath}.{junk}",
            Mutation.CpuAsList or Mutation.CpuGarbage => $"{appPath}.cpu",
            Mutation.MemoryGarbage => $"{appPath}.memory",
            Mutation.MinAboveMax => $"{appPath}.max_running_instances",
            Mutation.InstancesAsMapping => $"{appPath}.min_running_instances",
            Mutation.ImageLatest => $"{appPath}.image",
            Mutation.AppNameInvalid => $"application.{mutated!.Name}",
            Mutation.DuplicateAppAcrossFiles => appPath,
            Mutation.PortOutOfRange => $"{appPath}.ports[0]",
            Mutation.UnknownProvider => "fleet:clusters[0].provider",
            Mutation.NodeGroupMinAboveMax => "fleet:clusters[0].nodeGroups[0].maxSize",
            Mutation.UnknownFleetKey => $"fleet:{junk}z",
            Mutation.ClusterAppsUnknownApp => "fleet:clusters[0].apps",
            _ => throw new ArgumentOutOfRangeException(nameof(mutation)),
        };

        var files = fleet.AppFiles([mutated ?? app, .. others], "team-").ToList();
        var first = files[0].Yaml;
        switch (mutation)
        {
            case Mutation.UnknownAppKey:
                first = first.Replace($"  \"{app.Name}\":\n", $"  \"{app.Name}\":\n    {junk}: blue\n", StringComparison.Ordinal);
                break;
            case Mutation.InstancesAsMapping:
                first = first.Replace($"    min_running_instances: {app.MinInstances}\n", "    min_running_instances: { count: 2 }\n", StringComparison.Ordinal);
                break;
            case Mutation.DuplicateAppAcrossFiles:
                files.Add(("zz-copy.yaml", "application:\n" + first[first.IndexOf($"  \"{app.Name}\":\n", StringComparison.Ordinal)..]));
                break;
            case Mutation.UnknownProvider:
                stack = ReplaceFirst(stack, "provider: ", $"provider: {junk}z\n      was: ");
                break;
            case Mutation.NodeGroupMinAboveMax:
                stack = ReplaceFirst(stack, "minSize: ", $"minSize: 20, unused: ");
                break;
            case Mutation.UnknownFleetKey:
                stack = stack.Replace("config:\n", $"config:\n  fleet:{junk}z: 1\n", StringComparison.Ordinal);
                break;
        }

        files[0] = (files[0].FileName, first);
        return (stack, files, expected);
    }

    private static string ReplaceFirst(string text, string find, string replacement)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        return text[..at] + replacement + text[(at + find.Length)..];
    }

    private static void ParseAndPlanEverything(YamlFile yaml, DiagnosticBag diagnostics)
    {
        var intents = ApplicationIntentParser.Parse(yaml, diagnostics);
        if (StackConfigParser.Parse(yaml, "fuzz", ".", diagnostics) is { } stack)
        {
            _ = FleetPlanner.Plan(stack, intents, diagnostics);
        }
    }

    private static void AssertWellFormed(Diagnostic diagnostic)
    {
        Assert.True(diagnostic.Location.Line >= 1 && diagnostic.Location.Column >= 1, diagnostic.ToString());
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.Message), diagnostic.ToString());
        Assert.DoesNotContain("Exception", diagnostic.Message, StringComparison.Ordinal);
    }
}
