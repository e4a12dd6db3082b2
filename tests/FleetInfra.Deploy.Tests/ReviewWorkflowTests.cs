using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace FleetInfra.Deploy.Tests;

/// <summary>.github/workflows/review.yml, parsed: the pull-request lifecycle of review environments (actionlint: <see cref="WorkflowLintTests"/>).</summary>
public sealed partial class ReviewWorkflowTests
{
    private static readonly YamlMappingNode Workflow = Load();

    private static YamlMappingNode Load()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Workflows", "review.yml"))));
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    private static YamlMappingNode Map(YamlNode node, string key) => (YamlMappingNode)((YamlMappingNode)node)[key];

    private static string Text(YamlNode node, string key) => ((YamlScalarNode)((YamlMappingNode)node)[key]).Value!;

    private static IEnumerable<string> JobNames() => Map(Workflow, "jobs").Children.Keys.Cast<YamlScalarNode>().Select(k => k.Value!);

    private static YamlMappingNode Job(string name) => Map(Map(Workflow, "jobs"), name);

    private static List<YamlMappingNode> Steps(string job) => [.. ((YamlSequenceNode)Job(job)["steps"]).Cast<YamlMappingNode>()];

    private static Dictionary<string, string> Permissions(string job) =>
        Map(Job(job), "permissions").Children.ToDictionary(kv => ((YamlScalarNode)kv.Key).Value!, kv => ((YamlScalarNode)kv.Value).Value!);

    [Fact]
    public void Triggers_AreThePullRequestsLifecycle()
    {
        var types = ((YamlSequenceNode)Map(Map(Workflow, "on"), "pull_request")["types"]).Children.Cast<YamlScalarNode>().Select(n => n.Value);

        Assert.Equal(["opened", "synchronize", "reopened", "closed"], types);
        var cron = ((YamlSequenceNode)Map(Workflow, "on")["schedule"]).Children.Cast<YamlMappingNode>().Select(n => Text(n, "cron"));
        Assert.Equal(["17 3 * * *"], cron);
    }

    [Fact]
    public void Nightly_DestroysTheExpiredReviews_AndNoPullRequestJobRunsOnTheSchedule()
    {
        Assert.Equal("github.event_name == 'schedule'", Text(Job("expired"), "if"));
        Assert.Equal("review", Text(Job("expired"), "environment"));
        Assert.Equal(new Dictionary<string, string> { ["contents"] = "read", ["id-token"] = "write" }, Permissions("expired"));
        Assert.Equal("exec .fleet/fleet deploy destroy --expired --markdown \"$GITHUB_STEP_SUMMARY\"", Text(Steps("expired").Last(), "run"));
        Assert.StartsWith("github.event_name == 'pull_request' && ", Text(Job("up"), "if"), StringComparison.Ordinal);
        Assert.StartsWith("github.event_name == 'pull_request' && ", Text(Job("destroy"), "if"), StringComparison.Ordinal);
    }

    [Fact]
    public void OneRunPerPullRequest_NeverCancelled()
    {
        var concurrency = Map(Workflow, "concurrency");

        Assert.Equal(("fleet-review-${{ github.event.pull_request.number || 'expired' }}", "false"), (Text(concurrency, "group"), Text(concurrency, "cancel-in-progress")));
    }

    [Fact]
    public void Permissions_AreNoneByDefault_AndEachJobAsksForItsOwn()
    {
        Assert.Empty(Map(Workflow, "permissions").Children);
        Assert.Equal(new Dictionary<string, string> { ["contents"] = "read", ["id-token"] = "write" }, Permissions("up"));
        Assert.Equal(new Dictionary<string, string> { ["contents"] = "read", ["id-token"] = "write" }, Permissions("destroy"));
        Assert.Equal(new Dictionary<string, string> { ["pull-requests"] = "write" }, Permissions("comment"));
        Assert.Equal(("review", "review"), (Text(Job("up"), "environment"), Text(Job("destroy"), "environment")));
    }

    [Fact]
    public void UpOnOpenAndPush_DestroyOnClose_CommentAfterUp()
    {
        Assert.Equal("github.event_name == 'pull_request' && github.event.action != 'closed'", Text(Job("up"), "if"));
        Assert.Equal("github.event_name == 'pull_request' && github.event.action == 'closed'", Text(Job("destroy"), "if"));
        Assert.Equal("up", Text(Job("comment"), "needs"));
        Assert.Contains(Steps("up"), s => s.Children.ContainsKey("run") && Text(s, "run").StartsWith("exec .fleet/fleet deploy up --stack \"$STACK\"", StringComparison.Ordinal));
        Assert.Contains(Steps("destroy"), s => s.Children.ContainsKey("run") && Text(s, "run") == "exec .fleet/fleet deploy destroy --stack \"$STACK\"");
        Assert.Contains("<!-- fleet-review -->", Text(Steps("comment").Last(), "run"), StringComparison.Ordinal);
        Assert.Contains("--method PATCH", Text(Steps("comment").Last(), "run"), StringComparison.Ordinal);
    }

    [Fact]
    public void EveryAction_IsPinnedByCommitSha()
    {
        var uses = JobNames().SelectMany(Steps).Where(s => s.Children.ContainsKey("uses")).Select(s => Text(s, "uses")).ToList();

        Assert.NotEmpty(uses);
        Assert.All(uses, action => Assert.Matches(PinnedAction(), action));
    }

    [Fact]
    public void Secrets_AreOnlyInTheRunnerSteps_AndScriptsReadEventDataFromEnv()
    {
        foreach (var job in JobNames())
        {
            Assert.False(Job(job).Children.ContainsKey("env"), $"{job} sets job-wide env");
            foreach (var step in Steps(job).Where(s => s.Children.ContainsKey("run")))
            {
                Assert.DoesNotContain("${{", Text(step, "run"), StringComparison.Ordinal);
                var env = step.Children.TryGetValue("env", out var node) ? ((YamlMappingNode)node).Children.Values.Cast<YamlScalarNode>().Select(v => v.Value!).ToList() : [];
                var run = Text(step, "run");
                Assert.True(!env.Any(v => v.Contains("secrets.", StringComparison.Ordinal)) || run.StartsWith("exec .fleet/fleet deploy", StringComparison.Ordinal), $"{job}: a secret outside a runner step");
            }
        }
    }

    [GeneratedRegex("^[a-z0-9-]+/[a-z0-9-]+@[0-9a-f]{40}$")]
    private static partial Regex PinnedAction();
}
