using System.Text.Json;

namespace FleetInfra.Cli.Tests;

/// <summary><c>fleet cost</c> of a review stack and <c>fleet report</c> of its base.</summary>
public sealed partial class ReviewCommandTests
{
    [Fact]
    public void Cost_OfAReview_IsItsShareOfTheBase_LabelledAsSuch()
    {
        Assert.Equal(0, Create("--base", "staging", "--name", "pr-7", "--ttl", "1h").ExitCode);

        var text = CliRun.Of("cost", "--config", StackFile("pr-7"));
        var json = CliRun.Of("cost", "--config", StackFile("pr-7"), "--json");
        var baseline = CliRun.Of("cost", "--config", StackFile("staging"), "--json");

        Assert.Equal((0, string.Empty), (text.ExitCode, text.Error));
        Assert.Contains("Stack pr-7: apps only, on the clusters of staging. Its share of staging's nodes:", text.Output, StringComparison.Ordinal);
        Assert.Contains("Share: ", text.Output, StringComparison.Ordinal);
        using var share = JsonDocument.Parse(json.Output);
        using var whole = JsonDocument.Parse(baseline.Output);
        var monthly = share.RootElement.GetProperty("monthly").GetDecimal();
        Assert.InRange(monthly, 0.01m, whole.RootElement.GetProperty("monthly").GetDecimal() - 0.01m);
        Assert.Equal("staging", share.RootElement.GetProperty("clustersFrom").GetString());
    }

    [Fact]
    public void Report_OfTheBase_ListsItsReviewEnvironments()
    {
        Assert.Equal(0, Create("--base", "staging", "--name", "pr-7", "--ttl", "1h").ExitCode);
        var page = Path.Combine(_project, "staging.html");

        var report = CliRun.Of("report", "--config", StackFile("staging"), "--out", page);

        Assert.Equal((0, string.Empty), (report.ExitCode, report.Error));
        Assert.Contains("<tr data-review=\"pr-7\"><td>pr-7</td><td>0h ", File.ReadAllText(page), StringComparison.Ordinal);
    }
}
