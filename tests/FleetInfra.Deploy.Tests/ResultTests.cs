using System.Text.Json;
using FleetInfra.Deploy.Engine;

namespace FleetInfra.Deploy.Tests;

/// <summary>One failing stack does not stop the others; the summary, the JSON file and the exit code say what happened.</summary>
public sealed class ResultTests : IDisposable
{
    private readonly TempProject _project = new();
    private readonly FakeEngine _engine = new();

    public void Dispose() => _project.Dispose();

    [Fact]
    public void FailingStack_OthersFinishAndTheRunFails()
    {
        _engine.Scripts["prod"] = new FakeScript { FailWith = "error: update failed\n  details on a second line" };

        var run = DeployRun.Of(_engine, _project, "refresh", "--all", "--parallel", "1");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["dev: refresh", "prod: refresh", "staging: refresh"], _engine.Calls.Where(c => c.EndsWith(": refresh", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.Equal(["prod", "refresh", "failed"], run.Row("prod")[..3]);
        Assert.Equal(["staging", "refresh", "succeeded"], run.Row("staging")[..3]);
        Assert.Contains("[prod] failed: error: update failed", run.OutputLines);
        Assert.Equal(["fleet deploy: prod: error: update failed"], run.ErrorLines);
    }

    [Fact]
    public void SummaryTable_HasOneRowPerStackWithChangeCounts()
    {
        var run = DeployRun.Of(_engine, _project, "up", "--stack", "dev,staging");

        Assert.Equal(0, run.ExitCode);
        var header = run.OutputLines.Single(l => l.Contains("stack", StringComparison.Ordinal) && l.Contains("duration", StringComparison.Ordinal));
        Assert.Equal(["stack", "operation", "result", "creates", "updates", "deletes", "replaces", "sames", "cloud drift", "duration"], header.Split('│', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Equal(["dev", "up", "succeeded", "1", "2", "0", "0", "5"], run.Row("dev")[..8]);
        Assert.Equal("-", run.Row("dev")[8]);
        Assert.Matches(@"^\d+\.\ds$", run.Row("dev")[9]);
    }

    [Fact]
    public void Json_HoldsTheSummaryAndTheExitCode()
    {
        _engine.Scripts["staging"] = new FakeScript { FailWith = "boom" };
        var file = _project.PathOf("out/summary.json");

        var run = DeployRun.Of(_engine, _project, "preview", "--all", "--json", file);

        using var json = JsonDocument.Parse(File.ReadAllText(file));
        var root = json.RootElement;
        Assert.Equal(("preview", 1, 1), (root.GetProperty("operation").GetString(), root.GetProperty("exitCode").GetInt32(), run.ExitCode));
        var stacks = root.GetProperty("stacks").EnumerateArray().ToList();
        Assert.Equal(["dev", "prod", "staging"], stacks.Select(s => s.GetProperty("stack").GetString()));
        Assert.Equal(["succeeded", "succeeded", "failed"], stacks.Select(s => s.GetProperty("result").GetString()));
        Assert.Equal((1, 2, 0, 0, 5), (stacks[0].GetProperty("creates").GetInt32(), stacks[0].GetProperty("updates").GetInt32(),
            stacks[0].GetProperty("deletes").GetInt32(), stacks[0].GetProperty("replaces").GetInt32(), stacks[0].GetProperty("sames").GetInt32()));
        Assert.Equal("boom", stacks[2].GetProperty("error").GetString());
        Assert.True(stacks[0].TryGetProperty("durationSeconds", out _));
        Assert.Empty(root.GetProperty("possiblyLocked").EnumerateArray());
    }

    [Fact]
    public void Markdown_AppendsATableForTheJobSummary()
    {
        var file = _project.PathOf("step-summary.md");
        File.WriteAllText(file, "earlier step\n");

        DeployRun.Of(_engine, _project, "preview", "--stack", "dev", "--markdown", file);

        var lines = File.ReadAllLines(file);
        Assert.Equal(["earlier step", "<!-- fleet deploy preview -->", "### fleet deploy preview", "", "| stack | operation | result | creates | updates | deletes | replaces | sames | cloud drift | duration |"], lines[..5]);
        Assert.StartsWith("| dev | preview | succeeded | 1 | 2 | 0 | 0 | 5 | - | ", lines[6], StringComparison.Ordinal);
    }

    [Fact]
    public void Drift_ChangesInTheCloudOrTheProgram_ExitThree()
    {
        _engine.Scripts["dev"] = new FakeScript { RefreshChanges = new(0, 1, 0, 0, 7), Changes = new(0, 0, 0, 0, 8) };
        _engine.Scripts["staging"] = new FakeScript { RefreshChanges = new(0, 0, 0, 0, 8), Changes = new(0, 0, 0, 0, 8) };

        var file = _project.PathOf("drift.json");

        var run = DeployRun.Of(_engine, _project, "drift", "--stack", "dev,staging", "--parallel", "1", "--json", file);

        Assert.Equal(3, run.ExitCode);
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        Assert.Equal("{\"creates\":0,\"updates\":1,\"deletes\":0,\"replaces\":0,\"sames\":7}",
            JsonSerializer.Serialize(json.RootElement.GetProperty("stacks")[0].GetProperty("refresh")));
        Assert.Equal(["dev: select", "dev: refresh --preview-only", "dev: preview"], _engine.Calls.Where(c => c.StartsWith("dev:", StringComparison.Ordinal)));
        Assert.Equal(["dev", "drift", "drifted"], run.Row("dev")[..3]);
        Assert.Equal("1", run.Row("dev")[8]);
        Assert.Equal(["staging", "drift", "succeeded"], run.Row("staging")[..3]);
        Assert.Contains("[dev] drift: the refresh found 1 resources changed in the cloud; the preview found 0 pending program changes", run.OutputLines);
        Assert.Contains("[staging] no drift: the cloud matches the state and the program has no pending changes", run.OutputLines);
    }

    [Fact]
    public void Drift_PendingProgramChanges_AreAPendingResultNotCloudDrift()
    {
        _engine.Scripts["dev"] = new FakeScript { RefreshChanges = new(0, 0, 0, 0, 8), Changes = new(1, 0, 0, 0, 8) };

        var run = DeployRun.Of(_engine, _project, "drift", "--stack", "dev");

        Assert.Equal(3, run.ExitCode);
        Assert.Equal(["dev", "drift", "pending", "1", "0", "0", "0", "8", "0"], run.Row("dev")[..9]);
    }

    [Fact]
    public void Drift_AndAFailure_FailureWins()
    {
        _engine.Scripts["dev"] = new FakeScript { RefreshChanges = new(0, 1, 0, 0, 7) };
        _engine.Scripts["staging"] = new FakeScript { FailWith = "no credentials" };

        Assert.Equal(1, DeployRun.Of(_engine, _project, "drift", "--stack", "dev,staging").ExitCode);
    }

    [Fact]
    public void Json_CarriesItsSchemaVersion()
    {
        var file = _project.PathOf("summary.json");

        DeployRun.Of(_engine, _project, "preview", "--stack", "dev", "--json", file);

        using var json = JsonDocument.Parse(File.ReadAllText(file));
        Assert.Equal(2, json.RootElement.GetProperty("schemaVersion").GetInt32());
    }

    [Fact]
    public void RefusedRun_StillWritesBothSummaries()
    {
        var file = _project.PathOf("summary.json");
        var markdown = _project.PathOf("summary.md");

        var run = DeployRun.Of(_engine, _project, "up", "--stack", "dev,prod", "--json", file, "--markdown", markdown);

        Assert.Equal(2, run.ExitCode);
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        Assert.Equal(2, json.RootElement.GetProperty("exitCode").GetInt32());
        Assert.Equal(["skipped", "refused"], json.RootElement.GetProperty("stacks").EnumerateArray().Select(s => s.GetProperty("result").GetString()));
        Assert.Contains("| prod | up | refused |", File.ReadAllText(markdown), StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidRun_StillWritesBothSummaries()
    {
        using var project = new TempProject().WithStack("broken", t => t.Replace("config:\n", "config:\n  fleet:environment: 42: [\n", StringComparison.Ordinal));
        var file = project.PathOf("summary.json");
        var markdown = project.PathOf("summary.md");

        var run = DeployRun.Of(_engine, project, "preview", "--stack", "broken,dev", "--json", file, "--markdown", markdown);

        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        Assert.Equal((1, "invalid", "skipped"), (json.RootElement.GetProperty("exitCode").GetInt32(),
            json.RootElement.GetProperty("stacks")[0].GetProperty("result").GetString(), json.RootElement.GetProperty("stacks")[1].GetProperty("result").GetString()));
        Assert.Contains("| broken | preview | invalid |", File.ReadAllText(markdown), StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_ListsEachStacksResourceChanges()
    {
        _engine.Scripts["dev"] = new FakeScript
        {
            Steps =
            [
                new ResourceStep("create", "urn:pulumi:dev::fleetinfra::kubernetes:apps/v1:Deployment::storefront", "kubernetes:apps/v1:Deployment"),
                new ResourceStep("same", "urn:pulumi:dev::fleetinfra::kubernetes:core/v1:Namespace::storefront", "kubernetes:core/v1:Namespace"),
                new ResourceStep("replace", "urn:pulumi:dev::fleetinfra::aws:eks/nodeGroup:NodeGroup::general", "aws:eks/nodeGroup:NodeGroup"),
            ],
        };
        var file = _project.PathOf("comment.md");
        var json = _project.PathOf("summary.json");

        DeployRun.Of(_engine, _project, "preview", "--stack", "dev", "--markdown", file, "--json", json);

        var text = File.ReadAllText(file);
        Assert.Contains("<details><summary><code>dev</code>: 1 create, 1 replace</summary>", text, StringComparison.Ordinal);
        Assert.Contains("| create | `kubernetes:apps/v1:Deployment` | `storefront` |\n| replace | `aws:eks/nodeGroup:NodeGroup` | `general` |", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Namespace", text, StringComparison.Ordinal);
        using var summary = JsonDocument.Parse(File.ReadAllText(json));
        Assert.Equal(["create", "replace"], summary.RootElement.GetProperty("stacks")[0].GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("operation").GetString()));
    }
}
