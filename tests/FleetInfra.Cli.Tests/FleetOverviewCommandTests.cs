using System.Text.Json;

namespace FleetInfra.Cli.Tests;

/// <summary><c>fleet cost --all --by</c> and <c>fleet report --all --deploy-summaries</c> through the real command line.</summary>
public sealed class FleetOverviewCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("fleet-overview-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void CostAllByTeam_ShowsEveryTeamOfEveryStack_WithIdleApart()
    {
        var result = CliRun.Of("cost", "--all", "--by", "team", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        var rows = root.GetProperty("rows").EnumerateArray().Select(r => $"{r.GetProperty("stack").GetString()}/{r.GetProperty("name").GetString()}").Order(StringComparer.Ordinal);
        Assert.Equal(["dev/core", "dev/shop", "prod/core", "prod/shop", "staging/core", "staging/shop"], rows);
        Assert.Equal(root.GetProperty("total").GetDecimal(), root.GetProperty("rows").EnumerateArray().Sum(r => r.GetProperty("monthly").GetDecimal()) + root.GetProperty("idle").GetDecimal());
    }

    [Fact]
    public void AllAndAStack_AreAUsageError()
    {
        var result = CliRun.Of("cost", "--all", "--stack", "dev");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("give --stack NAME, --config FILE or --all", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportAll_ShowsTheLastDeployOfEachStack_FromDeploySummaries()
    {
        var summaries = Directory.CreateDirectory(Path.Combine(_folder, "summaries")).FullName;
        File.WriteAllText(Path.Combine(summaries, "up.json"), """
            { "schemaVersion": 2, "operation": "up", "exitCode": 0, "error": null, "possiblyLocked": [],
              "stacks": [ { "stack": "dev", "operation": "up", "result": "succeeded", "creates": 3, "updates": 1, "deletes": 0, "replaces": 0, "sames": 40, "durationSeconds": 61.2 } ] }
            """);
        File.WriteAllText(Path.Combine(summaries, "notes.json"), "not json");
        var report = Path.Combine(_folder, "fleet.html");

        var result = CliRun.Of("report", "--all", "--deploy-summaries", summaries, "--out", report);

        Assert.Equal(0, result.ExitCode);
        var html = File.ReadAllText(report);
        Assert.Matches("<tr data-deploy=\"dev\"><td>dev</td><td>up succeeded: 3 to create, 1 to update, 0 to delete, 0 to replace \\([0-9: -]+ UTC, up.json\\)</td></tr>", html);
        Assert.Contains("<tr data-deploy=\"prod\"><td>prod</td><td>no summary</td></tr>", html, StringComparison.Ordinal);
    }
}
