using System.Globalization;
using FleetInfra.Core.Planning;
using FleetInfra.Core.Rendering;
using FleetInfra.Core.Workloads;

namespace FleetInfra.Core.Tests.Rendering;

/// <summary>
/// Renders fixed fleets and compares every file byte for byte with the checked-in output under <c>Golden/Output</c>,
/// so that a faster renderer is proven to write exactly what the original one wrote.
/// After an intended output change, rerun with FLEETINFRA_UPDATE_GOLDEN=1 and review the diff of the golden files.
/// </summary>
public sealed class GoldenRenderTests : IDisposable
{
    private const string UpdateVariable = "FLEETINFRA_UPDATE_GOLDEN";

    private static readonly string GoldenDirectory = Path.Combine(FindRepositoryRoot(), "tests", "FleetInfra.Core.Tests", "Golden");

    private readonly string _scratch = Path.Combine(Path.GetTempPath(), "fleet-golden-" + Guid.NewGuid().ToString("N"));

    public static TheoryData<string> Fleets => ["dev", "prod", "reference-3x5"];

    [Theory]
    [MemberData(nameof(Fleets))]
    public void Rendering_in_memory_matches_the_golden_files(string fleet)
    {
        var plan = Load(fleet);

        var rendered = FleetRenderer.Render(plan)
            .SelectMany(c => c.Files.Select(f => (Path: $"{c.Name}/{f.RelativePath}", f.Yaml)))
            .ToDictionary(f => f.Path, f => f.Yaml, StringComparer.Ordinal);

        AssertMatchesGolden(fleet, rendered);
    }

    [Theory]
    [MemberData(nameof(Fleets))]
    public void Rendering_to_disk_matches_the_golden_files(string fleet)
    {
        var plan = Load(fleet);
        var output = Path.Combine(_scratch, "out");

        RenderWriter.Write(output, plan, FleetRenderer.Render(plan));

        AssertMatchesGolden(fleet, ReadYamlFiles(output));
    }

    [Theory]
    [MemberData(nameof(Fleets))]
    public void Streaming_render_to_disk_matches_the_golden_files(string fleet)
    {
        var plan = Load(fleet);
        var output = Path.Combine(_scratch, "streamed");

        RenderWriter.Write(output, plan);

        AssertMatchesGolden(fleet, ReadYamlFiles(output));
    }

    public void Dispose()
    {
        if (Directory.Exists(_scratch))
        {
            Directory.Delete(_scratch, recursive: true);
        }
    }

    private FleetPlan Load(string fleet)
    {
        if (fleet.StartsWith("reference-", StringComparison.Ordinal))
        {
            var size = fleet["reference-".Length..].Split('x');
            var stackFile = new ReferenceFleet(int.Parse(size[0], CultureInfo.InvariantCulture), int.Parse(size[1], CultureInfo.InvariantCulture))
                .WriteTo(Path.Combine(_scratch, "input"));
            return FleetLoader.Load(stackFile).PlanOrThrow();
        }

        return FleetLoader.Load(Path.Combine(GoldenDirectory, "Input", $"Pulumi.{fleet}.yaml")).PlanOrThrow();
    }

    private static void AssertMatchesGolden(string fleet, IReadOnlyDictionary<string, string> rendered)
    {
        var goldenFleet = Path.Combine(GoldenDirectory, "Output", fleet);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            WriteGolden(goldenFleet, rendered);
        }

        var golden = ReadYamlFiles(goldenFleet);

        Assert.Equal(golden.Keys.Order(StringComparer.Ordinal), rendered.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, expected) in golden)
        {
            if (!string.Equals(expected, rendered[path], StringComparison.Ordinal))
            {
                Assert.Fail($"{fleet}/{path} differs from the golden file: {FirstDifference(expected, rendered[path])}. " +
                            $"If the change is intended, rerun with {UpdateVariable}=1 and review the golden diff.");
            }
        }
    }

    private static Dictionary<string, string> ReadYamlFiles(string directory) =>
        Directory.EnumerateFiles(directory, "*.yaml", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(directory, f).Replace('\\', '/'), File.ReadAllText, StringComparer.Ordinal);

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "<end of file>";
            var a = i < actualLines.Length ? actualLines[i] : "<end of file>";
            if (e != a)
            {
                return $"line {i + 1}: expected '{e}' but rendered '{a}'";
            }
        }

        return "the files differ in line endings";
    }

    private static void WriteGolden(string goldenFleet, IReadOnlyDictionary<string, string> rendered)
    {
        if (Directory.Exists(goldenFleet))
        {
            Directory.Delete(goldenFleet, recursive: true);
        }

        foreach (var (path, yaml) in rendered)
        {
            var file = Path.Combine(goldenFleet, path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, yaml);
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "FleetInfra.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"no FleetInfra.sln above {AppContext.BaseDirectory}");
    }
}
