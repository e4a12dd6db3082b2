using FleetInfra.Core.Planning;
using FleetInfra.Core.Rendering;

namespace FleetInfra.Cli.Tests.Native;

/// <summary>
/// The golden fleets rendered by the <c>fleet</c> process (the native executable under scripts/test, see
/// <see cref="FleetProcess"/>): every file equals the checked-in golden file, and one file per cluster equals what
/// the JIT build renders in this process, byte for byte.
/// </summary>
[Trait("Category", "Process")]
public sealed class ProcessGoldenTests : IDisposable
{
    private static readonly string GoldenDirectory = Path.Combine(CliRun.RepositoryRoot, "tests", "FleetInfra.Core.Tests", "Golden");

    private readonly string _scratch = Directory.CreateTempSubdirectory("fleet-process-golden-").FullName;

    public static TheoryData<string> Fleets => ["dev", "prod", "reference-3x5"];

    [Theory]
    [MemberData(nameof(Fleets))]
    public async Task Render_OneFilePerApp_EqualsTheGoldenFiles(string fleet)
    {
        var stackFile = await StackFile(fleet);
        var output = Path.Combine(_scratch, "per-app");

        var run = await FleetProcess.Run("render", "--config", stackFile, "--out", output);

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        var golden = YamlFiles(Path.Combine(GoldenDirectory, "Output", fleet));
        var rendered = YamlFiles(output);
        Assert.Equal(golden.Keys.Order(StringComparer.Ordinal), rendered.Keys.Order(StringComparer.Ordinal));
        Assert.All(golden, file => Assert.True(file.Value == rendered[file.Key], $"{fleet}/{file.Key} differs from the golden file"));
    }

    [Theory]
    [MemberData(nameof(Fleets))]
    public async Task Render_OneFilePerCluster_EqualsTheJitRender(string fleet)
    {
        var stackFile = await StackFile(fleet);
        var output = Path.Combine(_scratch, "per-cluster");

        var run = await FleetProcess.Run("render", "--config", stackFile, "--out", output, "--layout", "cluster");

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        foreach (var cluster in FleetRenderer.Render(FleetLoader.Load(stackFile).PlanOrThrow()))
        {
            var path = Path.Combine(output, cluster.Name, FleetRenderer.ClusterFileName);
            Assert.True(string.Concat(cluster.Files.Select(f => f.Yaml)) == File.ReadAllText(path), $"{fleet}/{cluster.Name} differs from the JIT render");
        }
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public async Task PlanJson_EqualsTheJitOutput(string stack)
    {
        var run = await FleetProcess.Run("plan", "--config", CliRun.StackFile(stack), "--json");

        Assert.Equal((0, CliRun.Of("plan", "--config", CliRun.StackFile(stack), "--json").Output), (run.ExitCode, run.Output));
    }

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    /// <summary>The golden input's stack file; the reference fleet is first written by <c>fleet generate</c> of the same process.</summary>
    private async Task<string> StackFile(string fleet)
    {
        if (fleet != "reference-3x5")
        {
            return Path.Combine(GoldenDirectory, "Input", $"Pulumi.{fleet}.yaml");
        }

        var input = Path.Combine(_scratch, "input");
        var run = await FleetProcess.Run("generate", "--clusters", "3", "--apps", "5", "--out", input);
        Assert.Equal(0, run.ExitCode);
        return Path.Combine(input, "Pulumi.bench.yaml");
    }

    private static Dictionary<string, string> YamlFiles(string directory) =>
        Directory.EnumerateFiles(directory, "*.yaml", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(directory, f).Replace('\\', '/'), File.ReadAllText, StringComparer.Ordinal);
}
