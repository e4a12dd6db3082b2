using System.Text.RegularExpressions;
using FleetInfra.Deploy.Operator;
using YamlDotNet.RepresentationModel;

namespace FleetInfra.Deploy.Tests;

/// <summary>
/// .github/workflows/fleet.yml, parsed: who may do what (permissions, roles, environments, secrets), what runs at once
/// (concurrency), the tools each stack gets. The scripts of the steps that decide something are run with bash over a
/// stand-in runner, as GitHub runs them.
/// </summary>
public sealed partial class WorkflowTests
{
    private static readonly string WorkflowPath = Path.Combine(AppContext.BaseDirectory, "Workflows", "fleet.yml");

    private static readonly YamlMappingNode Workflow = Load();

    private static readonly string[] StackJobs = ["preview", "up", "drift"];

    private static YamlMappingNode Load()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(WorkflowPath)));
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    private static YamlMappingNode Map(YamlNode node, string key) => (YamlMappingNode)((YamlMappingNode)node)[key];

    private static string Text(YamlNode node, string key) => ((YamlScalarNode)((YamlMappingNode)node)[key]).Value!;

    private static string? TextOrNull(YamlMappingNode node, string key) => node.Children.TryGetValue(key, out var value) ? ((YamlScalarNode)value).Value : null;

    private static YamlMappingNode Jobs => Map(Workflow, "jobs");

    private static YamlMappingNode Job(string name) => Map(Jobs, name);

    private static IEnumerable<string> JobNames => Jobs.Children.Keys.Select(k => ((YamlScalarNode)k).Value!);

    private static List<YamlMappingNode> Steps(string job) => [.. ((YamlSequenceNode)Job(job)["steps"]).Cast<YamlMappingNode>()];

    private static YamlMappingNode Step(string job, string id) => Steps(job).Single(s => TextOrNull(s, "id") == id);

    private static IEnumerable<YamlMappingNode> Uses(string job, string action) =>
        Steps(job).Where(s => TextOrNull(s, "uses")?.StartsWith(action + "@", StringComparison.Ordinal) == true);

    private static Dictionary<string, string> Permissions(YamlMappingNode node) =>
        ((YamlMappingNode)node["permissions"]).Children.ToDictionary(kv => ((YamlScalarNode)kv.Key).Value!, kv => ((YamlScalarNode)kv.Value).Value!);

    private static Dictionary<string, string> Env(YamlMappingNode node) =>
        node.Children.TryGetValue("env", out var env)
            ? ((YamlMappingNode)env).Children.ToDictionary(kv => ((YamlScalarNode)kv.Key).Value!, kv => ((YamlScalarNode)kv.Value).Value!)
            : [];

    [Fact]
    public void Triggers_ArePullRequestsIncludingLabelsMainANightlyScheduleAndManual()
    {
        var on = Map(Workflow, "on");

        Assert.Equal(["pull_request", "push", "schedule", "workflow_dispatch"], on.Children.Keys.Select(k => ((YamlScalarNode)k).Value));
        Assert.Contains("labeled", ((YamlSequenceNode)Map(on, "pull_request")["types"]).Children.Cast<YamlScalarNode>().Select(n => n.Value));
        Assert.Equal("main", ((YamlSequenceNode)Map(on, "push")["branches"]).Children.Cast<YamlScalarNode>().Single().Value);
        Assert.Matches(@"^\d+ \d+ \* \* \*$", Text(((YamlSequenceNode)on["schedule"]).Children[0], "cron"));
    }

    [Fact]
    public void Jobs_BuildOnceThenRunAMatrixOfTheTargetsPerStack()
    {
        Assert.Equal(["build", "preview", "comment", "up", "drift", "drift-report"], JobNames);
        Assert.Equal(["runner", "targets"], Map(Job("build"), "outputs").Children.Keys.Select(k => ((YamlScalarNode)k).Value));
        foreach (var job in StackJobs)
        {
            Assert.Equal("${{ fromJSON(needs.build.outputs.targets) }}", Text(Map(Map(Job(job), "strategy"), "matrix"), "target"));
            Assert.Equal("false", Text(Map(Job(job), "strategy"), "fail-fast"));

            // The runner published by build, not built again per stack.
            Assert.Equal("${{ needs.build.outputs.runner }}", Text(Map(Assert.Single(Uses(job, "actions/download-artifact"), s => Map(s, "with").Children.ContainsKey("name")), "with"), "name"));
        }

        Assert.Equal("${{ steps.publish.outputs.artifact }}", Text(Map(Assert.Single(Uses("build", "actions/upload-artifact")), "with"), "name"));
    }

    [Fact]
    public void Jobs_RunOnTheirEvents_AndUpIsGatedPerStackNotOnEveryPreview()
    {
        Assert.Equal("github.event_name == 'pull_request' || github.event_name == 'push'", Text(Job("preview"), "if"));
        Assert.Equal("github.event_name == 'schedule' || github.event_name == 'workflow_dispatch'", Text(Job("drift"), "if"));
        Assert.Equal(["build", "preview"], ((YamlSequenceNode)Job("up")["needs"]).Children.Cast<YamlScalarNode>().Select(n => n.Value));

        // One stack's failed preview must not skip the other stacks' up: the job runs unless cancelled and checks its own preview.
        var up = Text(Job("up"), "if");
        Assert.Contains("!cancelled()", up, StringComparison.Ordinal);
        Assert.Contains("needs.build.result == 'success'", up, StringComparison.Ordinal);
        Assert.Contains("github.ref == 'refs/heads/main'", up, StringComparison.Ordinal);
        Assert.DoesNotContain("needs.preview.result", up, StringComparison.Ordinal);
    }

    [Fact]
    public void Permissions_AreGrantedPerJob_IdTokenOnlyWhereACloudRoleIsAssumed()
    {
        Assert.Empty((YamlMappingNode)Workflow["permissions"]);
        var expected = new Dictionary<string, Dictionary<string, string>>
        {
            ["build"] = new() { ["contents"] = "read" },
            ["preview"] = new() { ["contents"] = "read", ["id-token"] = "write" },
            ["comment"] = new() { ["pull-requests"] = "write" },
            ["up"] = new() { ["contents"] = "read", ["id-token"] = "write" },
            ["drift"] = new() { ["contents"] = "read", ["id-token"] = "write" },
            ["drift-report"] = new() { ["issues"] = "write" },
        };

        Assert.All(JobNames, job => Assert.Equal(expected[job], Permissions(Job(job))));
    }

    [Fact]
    public void Roles_PreviewsAndDriftReadOnly_UpTheRoleOfItsEnvironment()
    {
        static (string Aws, string Gcp) Roles(string job) => (
            Text(Map(Uses(job, "aws-actions/configure-aws-credentials").Single(), "with"), "role-to-assume"),
            Text(Map(Uses(job, "google-github-actions/auth").Single(), "with"), "service_account"));

        Assert.Equal(("${{ vars.AWS_READONLY_ROLE_ARN }}", "${{ vars.GCP_READONLY_SERVICE_ACCOUNT }}"), Roles("preview"));
        Assert.Equal(("${{ vars.AWS_READONLY_ROLE_ARN }}", "${{ vars.GCP_READONLY_SERVICE_ACCOUNT }}"), Roles("drift"));

        // Environment variables: only a job running in the stack's GitHub environment sees the deploy role.
        Assert.Equal(("${{ vars.AWS_DEPLOY_ROLE_ARN }}", "${{ vars.GCP_DEPLOY_SERVICE_ACCOUNT }}"), Roles("up"));
        Assert.Equal("${{ matrix.target.environment }}", Text(Job("up"), "environment"));
        Assert.All(JobNames.Where(j => j != "up"), job => Assert.False(Job(job).Children.ContainsKey("environment")));
    }

    [Fact]
    public void Concurrency_OneGroupPerStackAndJob_DriftApart_NothingCancelledInProgress()
    {
        Assert.False(Workflow.Children.ContainsKey("concurrency"));
        var groups = StackJobs.ToDictionary(job => job, job => Text(Map(Job(job), "concurrency"), "group"));

        Assert.All(groups.Values, group => Assert.Contains("${{ matrix.target.stack }}", group, StringComparison.Ordinal));
        Assert.All(StackJobs, job => Assert.Equal("false", Text(Map(Job(job), "concurrency"), "cancel-in-progress")));
        Assert.Equal(3, groups.Values.Select(g => g[..g.IndexOf("${{", StringComparison.Ordinal)]).Distinct().Count());
        Assert.Equal("fleet-up-${{ matrix.target.stack }}", groups["up"]);
        Assert.Equal("fleet-drift-${{ matrix.target.stack }}", groups["drift"]);
    }

    [Fact]
    public void Tools_APinnedPulumiCli_AndTheGkeAuthPluginForStacksWithGke()
    {
        Assert.Equal(OperatorSettings.PulumiVersion, Text(Map(Workflow, "env"), "PULUMI_VERSION"));
        foreach (var job in StackJobs)
        {
            Assert.Equal("${{ env.PULUMI_VERSION }}", Text(Map(Uses(job, "pulumi/actions").Single(), "with"), "pulumi-version"));
            var gcloud = Uses(job, "google-github-actions/setup-gcloud").Single();
            Assert.Equal("gke-gcloud-auth-plugin", Text(Map(gcloud, "with"), "install_components"));
            Assert.Equal("contains(matrix.target.providers, 'gke')", Text(gcloud, "if"));
            Assert.Equal("contains(matrix.target.providers, 'gke')", Text(Uses(job, "google-github-actions/auth").Single(), "if"));
            Assert.Equal("contains(matrix.target.providers, 'eks')", Text(Uses(job, "aws-actions/configure-aws-credentials").Single(), "if"));
        }
    }

    [Fact]
    public void Actions_ArePinnedByCommitWithTheirTagBeside()
    {
        var uses = File.ReadAllLines(WorkflowPath).Where(line => line.TrimStart(' ', '-').StartsWith("uses:", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(uses);
        Assert.All(uses, line => Assert.Matches(PinnedAction(), line));
    }

    [Fact]
    public void Secrets_OnlyInTheEnvironmentOfTheStepsThatRunPulumi()
    {
        var text = File.ReadAllText(WorkflowPath);
        var holders = JobNames.SelectMany(job => Steps(job).Select(step => (job, id: TextOrNull(step, "id"), env: Env(step))))
            .Where(s => s.env.Values.Any(v => v.Contains("secrets.", StringComparison.Ordinal)))
            .Select(s => $"{s.job}/{s.id}")
            .ToList();

        Assert.DoesNotContain(Env(Workflow), kv => kv.Value.Contains("secrets.", StringComparison.Ordinal));
        Assert.All(JobNames, job => Assert.Empty(Env(Job(job))));
        Assert.Equal(["preview/preview", "up/up", "up/release", "drift/drift"], holders);
        Assert.Equal(holders.Count * 2, SecretReference().Matches(text).Count);
    }

    [Fact]
    public void Scripts_TakeStackNamesAndEventDataFromTheEnvironment_NeverInterpolated()
    {
        var scripts = JobNames.SelectMany(job => Steps(job).Select(s => TextOrNull(s, "run")).OfType<string>()).ToList();

        Assert.NotEmpty(scripts);
        Assert.All(scripts, script => Assert.DoesNotContain("${{", script, StringComparison.Ordinal));
    }

    [Fact]
    public void Jobs_AllHaveATimeout_AndAnInterruptedUpReleasesOnlyItsOwnStack()
    {
        Assert.All(JobNames, job => Assert.True(int.Parse(Text(Job(job), "timeout-minutes"), System.Globalization.CultureInfo.InvariantCulture) > 0));
        var release = Step("up", "release");

        Assert.Equal("${{ cancelled() && steps.up.outcome == 'cancelled' }}", Text(release, "if"));
        Assert.Equal("${{ matrix.target.stack }}", Env(release)["STACK"]);
        Assert.All(new[] { "preview", "drift" }, job => Assert.Single(Steps(job), s => TextOrNull(s, "if") == "cancelled()"));
    }

    [Fact]
    public void Artifacts_AreNamedPerAttempt_SoARerunUploadsItsOwn()
    {
        foreach (var job in new[] { "preview", "up", "drift" })
        {
            var upload = Uses(job, "actions/upload-artifact").Single();
            Assert.Equal("always()", Text(upload, "if"));
            Assert.Contains("summary/", Text(Map(upload, "with"), "path"), StringComparison.Ordinal);
            Assert.EndsWith("-${{ matrix.target.stack }}.attempt-${{ github.run_attempt }}", Text(Map(upload, "with"), "name"), StringComparison.Ordinal);
        }

        Assert.Equal("${{ github.run_attempt }}", Env(Step("build", "publish"))["ATTEMPT"]);
    }

    [Fact]
    public void DriftFound_OpensOrUpdatesAnIssue()
    {
        var report = Job("drift-report");

        Assert.Equal(["build", "drift"], ((YamlSequenceNode)report["needs"]).Children.Cast<YamlScalarNode>().Select(n => n.Value));
        Assert.Equal("${{ !cancelled() && needs.drift.result == 'failure' }}", Text(report, "if"));
    }

    [Fact]
    public void PullRequestComment_RunsAfterThePreviewsOfPullRequestsOnly()
    {
        Assert.Equal(["build", "preview"], ((YamlSequenceNode)Job("comment")["needs"]).Children.Cast<YamlScalarNode>().Select(n => n.Value));
        Assert.Contains("github.event_name == 'pull_request'", Text(Job("comment"), "if"), StringComparison.Ordinal);
        Assert.Contains("fleet-accept-hazards", Env(Step("preview", "diff"))["FAIL_ON"], StringComparison.Ordinal);
        Assert.Contains("matrix.target.environment == 'production'", Env(Step("preview", "diff"))["FAIL_ON"], StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^\s*(- )?uses: [\w.-]+/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$")]
    private static partial Regex PinnedAction();

    [GeneratedRegex(@"\$\{\{ secrets\.(PULUMI_ACCESS_TOKEN|PULUMI_CONFIG_PASSPHRASE) \}\}")]
    private static partial Regex SecretReference();
}
