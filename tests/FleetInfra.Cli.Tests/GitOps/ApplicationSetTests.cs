using System.Text.Json.Nodes;
using FleetInfra.Core.Rendering.GitOps;
using FleetInfra.Tests.Shared;

namespace FleetInfra.Cli.Tests.GitOps;

/// <summary>
/// <c>fleet render --gitops argocd</c> of a stack with <c>fleet:rollout</c> also writes an ApplicationSet whose
/// RollingSync steps are the stack's waves (the held-out 30-cluster fleet), accepted by the upstream CRD.
/// </summary>
public sealed class ApplicationSetTests : IDisposable
{
    private static readonly string Fleet30 = Path.Combine(CliRun.RepositoryRoot, "tests", "FleetInfra.Core.Tests", "Classes", "Fixtures", "fleet30", "Pulumi.fleet30.yaml");

    private readonly DirectoryInfo _scratch = Directory.CreateTempSubdirectory("fleet-appset-");

    public void Dispose() => _scratch.Delete(recursive: true);

    [UpstreamCrdFact(UpstreamCrds.ArgoCdApplicationSet)]
    public void Fleet30_ApplicationSet_FollowsTheWaves_AndIsAcceptedByTheUpstreamCrd()
    {
        var appSet = Render(Fleet30);

        Assert.Empty(UpstreamCrdSchema.Problems(CrdFixtures.ArgoCdApplicationSet.Value, appSet));
        var generators = appSet["spec"]!["generators"]!.AsArray();
        var steps = appSet["spec"]!["strategy"]!["rollingSync"]!["steps"]!.AsArray();
        Assert.Equal("RollingSync", (string?)appSet["spec"]!["strategy"]!["type"]);
        Assert.Equal(["use1-a", "euc1-a", "euw1-a"], Values(generators[0]!["clusters"]!["selector"]!["matchExpressions"]![0]!));
        Assert.Equal(["1", "2", "3"], steps.Select(s => Values(s!["matchExpressions"]![0]!).Single()));
        Assert.All(steps, s => Assert.Equal(ArgoCdApplicationSet.WaveLabel, (string?)s!["matchExpressions"]![0]!["key"]));
        Assert.Equal("{{values.wave}}", (string?)appSet["spec"]!["template"]!["metadata"]!["labels"]![ArgoCdApplicationSet.WaveLabel]);
        Assert.Equal(30, generators.Sum(g => Values(g!["clusters"]!["selector"]!["matchExpressions"]![0]!).Length));
    }

    [Fact]
    public void StackWithoutRollout_WritesNoApplicationSet()
    {
        var output = Path.Combine(_scratch.FullName, "dev");
        var run = CliRun.Of("render", "--config", CliRun.StackFile("dev"), "--out", output, "--gitops", "argocd", "--repo-url", GitOpsRender.RepositoryUrl);

        Assert.Equal(0, run.ExitCode);
        Assert.False(File.Exists(Path.Combine(output, ArgoCdApplicationSet.FileName)));
    }

    private JsonNode Render(string stackFile)
    {
        var output = Path.Combine(_scratch.FullName, "render");
        var run = CliRun.Of("render", "--config", stackFile, "--out", output, "--gitops", "argocd", "--repo-url", GitOpsRender.RepositoryUrl, "--repo-path", "render");
        Assert.Equal(0, run.ExitCode);
        return Assert.Single(YamlJson.Stream(File.ReadAllText(Path.Combine(output, ArgoCdApplicationSet.FileName))))!;
    }

    private static string[] Values(JsonNode requirement) => [.. requirement["values"]!.AsArray().Select(v => (string)v!)];
}
