using YamlDotNet.RepresentationModel;

namespace FleetInfra.Deploy.Tests;

/// <summary>.github/workflows/fleet.yml: valid YAML with the jobs, triggers, matrix and runner commands the README promises.</summary>
public sealed class WorkflowTests
{
    private static readonly YamlMappingNode Workflow = Load();

    private static YamlMappingNode Load()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Workflows", "fleet.yml"))));
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    private static YamlMappingNode Map(YamlNode node, string key) => (YamlMappingNode)((YamlMappingNode)node)[key];

    private static string Text(YamlNode node, string key) => ((YamlScalarNode)((YamlMappingNode)node)[key]).Value!;

    private static YamlMappingNode Job(string name) => Map(Map(Workflow, "jobs"), name);

    private static List<string> Runs(string job) =>
        [.. ((YamlSequenceNode)Job(job)["steps"]).Cast<YamlMappingNode>().Where(s => s.Children.ContainsKey("run")).Select(s => Text(s, "run"))];

    [Fact]
    public void Triggers_ArePullRequestsMainANightlyScheduleAndManual()
    {
        var on = Map(Workflow, "on");

        Assert.Equal(["pull_request", "push", "schedule", "workflow_dispatch"], on.Children.Keys.Select(k => ((YamlScalarNode)k).Value));
        Assert.Equal("main", ((YamlSequenceNode)Map(on, "push")["branches"]).Children.Cast<YamlScalarNode>().Single().Value);
        Assert.Matches(@"^\d+ \d+ \* \* \*$", Text(((YamlSequenceNode)on["schedule"]).Children[0], "cron"));
    }

    [Fact]
    public void Jobs_ListTheStacksThenPreviewUpAndDriftOverThem()
    {
        Assert.Equal(["targets", "preview", "up", "drift"], Map(Workflow, "jobs").Children.Keys.Select(k => ((YamlScalarNode)k).Value));
        Assert.Equal(["echo \"stacks=$(.fleet/fleet deploy targets --all)\" >> \"$GITHUB_OUTPUT\""], Runs("targets").Skip(1));
        foreach (var job in new[] { "preview", "up", "drift" })
        {
            Assert.Equal("${{ fromJSON(needs.targets.outputs.stacks) }}", Text(Map(Map(Job(job), "strategy"), "matrix"), "stack"));
            Assert.Equal("false", Text(Map(Job(job), "strategy"), "fail-fast"));
        }
    }

    [Fact]
    public void Jobs_RunOnTheirEvents()
    {
        Assert.Equal("github.event_name == 'pull_request' || github.event_name == 'push'", Text(Job("preview"), "if"));
        Assert.Equal("github.event_name == 'push' && github.ref == 'refs/heads/main'", Text(Job("up"), "if"));
        Assert.Equal("github.event_name == 'schedule' || github.event_name == 'workflow_dispatch'", Text(Job("drift"), "if"));
    }

    [Fact]
    public void Up_WaitsForThePreviewAndItsStacksEnvironment()
    {
        Assert.Equal(["targets", "preview"], ((YamlSequenceNode)Job("up")["needs"]).Children.Cast<YamlScalarNode>().Select(n => n.Value));
        Assert.Equal("${{ matrix.stack }}", Text(Job("up"), "environment"));
    }

    [Theory]
    [InlineData("preview", ".fleet/fleet deploy preview --stack \"${{ matrix.stack }}\" --plan plans --json \"summary/preview-${{ matrix.stack }}.json\" --markdown \"$GITHUB_STEP_SUMMARY\"")]
    [InlineData("up", ".fleet/fleet deploy up --stack \"${{ matrix.stack }}\" --plan plans --json \"summary/up-${{ matrix.stack }}.json\" --markdown \"$GITHUB_STEP_SUMMARY\"")]
    [InlineData("drift", ".fleet/fleet deploy drift --stack \"${{ matrix.stack }}\" --json \"summary/drift-${{ matrix.stack }}.json\" --markdown \"$GITHUB_STEP_SUMMARY\"")]
    public void Steps_BuildTheRunnerThenCallOnlyIt(string job, string command)
    {
        Assert.Equal(
            ["dotnet publish infra/FleetInfra.Deploy.Automation -c Release -o .fleet && dotnet publish infra/FleetInfra.Cli -c Release -o .fleet", command],
            Runs(job));
    }

    [Fact]
    public void Summaries_AreUploadedEvenWhenTheRunnerFails()
    {
        foreach (var job in new[] { "preview", "up", "drift" })
        {
            var upload = ((YamlSequenceNode)Job(job)["steps"]).Cast<YamlMappingNode>().Single(s => s.Children.ContainsKey("uses") && Text(s, "uses").StartsWith("actions/upload-artifact@", StringComparison.Ordinal));
            Assert.Equal("always()", Text(upload, "if"));
            Assert.Contains("summary/", Text(Map(upload, "with"), "path"), StringComparison.Ordinal);
        }
    }
}
