using YamlDotNet.RepresentationModel;

namespace FleetInfra.Deploy.Tests;

/// <summary>The nightly "suspend idle" beside "delete expired": the idle reviews of the backend, each written again as it was, suspended and deployed.</summary>
public sealed partial class ReviewWorkflowTests
{
    private static string RunOf(string job, string stepName) => Text(Steps(job).Single(s => s.Children.ContainsKey("name") && Text(s, "name") == stepName), "run");

    [Fact]
    public void Nightly_ListsTheIdleReviewsAfterTheExpiredAreDestroyed_EvenWhenThatFailed()
    {
        Assert.Equal("expired", Text(Job("idle"), "needs"));
        Assert.Equal("${{ !cancelled() && github.event_name == 'schedule' }}", Text(Job("idle"), "if"));
        Assert.Equal(("review", "review"), (Text(Job("idle"), "environment"), Text(Job("suspend"), "environment")));
        Assert.Equal(new Dictionary<string, string> { ["contents"] = "read", ["id-token"] = "write" }, Permissions("idle"));
        Assert.Equal("exec .fleet/fleet deploy targets --idle > idle.json", RunOf("idle", "The idle review environments"));
        Assert.Equal("${{ steps.matrix.outputs.reviews }}", Text(Map(Job("idle"), "outputs"), "reviews"));
    }

    [Fact]
    public void Suspend_RunsPerIdleReview_InItsPullRequestsConcurrencyGroup_FromItsPullRequest()
    {
        var suspend = Job("suspend");

        Assert.Equal("idle", Text(suspend, "needs"));
        Assert.Contains("needs.idle.outputs.reviews != '[]'", Text(suspend, "if"), StringComparison.Ordinal);
        Assert.Equal("${{ fromJSON(needs.idle.outputs.reviews) }}", Text(Map(Map(suspend, "strategy"), "matrix"), "review"));
        Assert.Equal("false", Text(Map(suspend, "strategy"), "fail-fast"));

        // The group a pull request's own runs take (the workflow's concurrency), so a suspend and an up never overlap.
        Assert.Equal(("fleet-review-${{ matrix.review.pullRequest }}", "false"), (Text(Map(suspend, "concurrency"), "group"), Text(Map(suspend, "concurrency"), "cancel-in-progress")));
        Assert.Equal("refs/pull/${{ matrix.review.pullRequest }}/merge", Text(Map(Steps("suspend")[0], "with"), "ref"));
    }

    [Fact]
    public void Suspend_WritesTheReviewAgainWithItsOwnTimes_SuspendsIt_ThenDeploysIt()
    {
        var write = RunOf("suspend", "Write the review again as it was, suspended");

        Assert.Contains("--last-change-at \"$LAST_CHANGE_AT\"", write, StringComparison.Ordinal);
        Assert.Contains("--expires-at \"$EXPIRES_AT\"", write, StringComparison.Ordinal);
        Assert.Contains("--idle-after \"$IDLE_AFTER\"", write, StringComparison.Ordinal);
        Assert.DoesNotContain("--ttl", write, StringComparison.Ordinal);
        Assert.EndsWith(".fleet/fleet review suspend --stack \"$STACK\"", write.TrimEnd(), StringComparison.Ordinal);
        Assert.Equal("exec .fleet/fleet deploy up --stack \"$STACK\" --markdown \"$GITHUB_STEP_SUMMARY\"", RunOf("suspend", "Suspend"));
        var names = Steps("suspend").Where(s => s.Children.ContainsKey("name")).Select(s => Text(s, "name")).ToList();
        Assert.True(names.IndexOf("Write the review again as it was, suspended") < names.IndexOf("Suspend"));
    }

    /// <summary>
    /// The idle list is made before a suspend job waits in its pull request's group; a push deployed meanwhile makes the
    /// review active again, so the job asks the backend again and writes and deploys nothing unless it is still idle.
    /// </summary>
    [Fact]
    public void Suspend_AsksTheBackendAgain_AndSuspendsOnlyAReviewStillIdle()
    {
        var listing = RunOf("suspend", "The idle review environments now");
        var check = RunOf("suspend", "Still idle");
        var names = Steps("suspend").Where(s => s.Children.ContainsKey("name")).Select(s => Text(s, "name")).ToList();
        var gated = Steps("suspend").Where(s => s.Children.ContainsKey("name") && Text(s, "name") is "Write the review again as it was, suspended" or "Suspend").ToList();

        Assert.Equal("exec .fleet/fleet deploy targets --idle > idle-now.json", listing);
        Assert.Contains(".stack == $stack", check, StringComparison.Ordinal);
        Assert.Contains("idle-now.json", check, StringComparison.Ordinal);
        Assert.True(names.IndexOf("The idle review environments now") < names.IndexOf("Still idle"));
        Assert.True(names.IndexOf("Still idle") < names.IndexOf("Write the review again as it was, suspended"));
        Assert.Equal(2, gated.Count);
        Assert.All(gated, step => Assert.Equal("steps.still.outputs.idle == 'true'", Text(step, "if")));
    }

    [Fact]
    public void IdleMatrix_KeepsOnlyReviewsNamedAfterAPullRequest()
    {
        var jq = RunOf("idle", "One suspend job per idle review, with its pull request's number");

        Assert.Contains("ltrimstr(\"pr-\")", jq, StringComparison.Ordinal);
        Assert.Contains("test(\"^[0-9]+$\")", jq, StringComparison.Ordinal);
    }
}
