using System.Text.Json;
using FleetInfra.Core.Planning;

namespace FleetInfra.Cli.Tests;

/// <summary><c>fleet generate</c>: the reference workload of docs/performance.md is valid input for the other commands.</summary>
public sealed class GenerateCommandTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("fleet-generate-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void Generate_WritesAStackThatValidatesWithEveryApp_FirstHalfEks()
    {
        var run = CliRun.Of("generate", "--clusters", "3", "--apps", "501", "--out", _temp);

        var stackFile = Path.Combine(_temp, "Pulumi.bench.yaml");
        Assert.Equal(
            (0, $"wrote 3 clusters x 501 apps to {FleetLoader.Display(_temp)}; render with: fleet render --config {FleetLoader.Display(stackFile)} --out DIR\n", string.Empty),
            (run.ExitCode, run.Output, run.Error));
        Assert.Equal(["apps-0001.yaml", "apps-0002.yaml"], Directory.EnumerateFiles(Path.Combine(_temp, "apps")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("stack bench: 3 clusters, 501 apps: valid\n", CliRun.Of("validate", "--config", stackFile).Output);

        using var plan = JsonDocument.Parse(CliRun.Of("plan", "--config", stackFile, "--json").Output);
        var clusters = plan.RootElement.GetProperty("clusters").EnumerateArray().ToList();
        Assert.Equal(["eks-0001:eks", "eks-0002:eks", "gke-0003:gke"], clusters.Select(c => $"{c.GetProperty("name").GetString()}:{c.GetProperty("provider").GetString()}"));
        var app = clusters[2].GetProperty("apps").EnumerateArray().Single(a => a.GetProperty("name").GetString() == "app-7");
        Assert.Equal(("registry.example.com/app-7:1.7", 3, 3), (app.GetProperty("image").GetString(), app.GetProperty("minReplicas").GetInt32(), app.GetProperty("maxReplicas").GetInt32()));
    }

    [Theory]
    [InlineData("0", "5")]
    [InlineData("2", "0")]
    public void Generate_WithoutClustersOrApps_IsAUsageError(string clusters, string apps)
    {
        var run = CliRun.Of("generate", "--clusters", clusters, "--apps", apps, "--out", _temp);

        Assert.Equal((2, string.Empty, "fleet generate: --clusters and --apps must be at least 1\n"), (run.ExitCode, run.Output, run.Error));
    }
}
