using System.Text.Json;
using FleetInfra.Deploy.Engine;

namespace FleetInfra.Deploy.Tests;

/// <summary>--expired also finds the review stacks that exist only in the backend (CI never commits their stack files), by their outputs.</summary>
public sealed partial class ExpiredTargetTests
{
    private static FakeScript BackendReview(string expiresAt, string environment = "pr", bool removeFails = false) => new()
    {
        RemoveFails = removeFails,
        Outputs =
        [
            new StackOutputValue("appUrls", "{}", false),
            new StackOutputValue("clustersFrom", "\"staging\"", false),
            new StackOutputValue("environment", JsonSerializer.Serialize(environment), false),
            new StackOutputValue("expiresAt", JsonSerializer.Serialize(expiresAt), false),
        ],
    };

    private void InTheBackend(string stack, FakeScript script)
    {
        _engine.BackendStacks.Add(stack);
        _engine.Scripts[stack] = script;
    }

    private static string[] Stacks(DeployRun run) =>
        [.. JsonDocument.Parse(run.Output).RootElement.EnumerateArray().Select(t => t.GetProperty("stack").GetString()!)];

    [Fact]
    public void Targets_Expired_AlsoListsExpiredReviewStacksFoundOnlyInTheBackend()
    {
        WithReview("pr-1", "2020-01-01T00:00:00Z");
        InTheBackend("pr-3", BackendReview("2020-01-01T00:00:00Z"));
        InTheBackend("pr-4", BackendReview("2999-01-01T00:00:00Z"));
        InTheBackend("legacy", new FakeScript { Outputs = [new StackOutputValue("expiresAt", "\"2020-01-01T00:00:00Z\"", false)] });
        _engine.BackendStacks.Add("staging");

        var run = DeployRun.Of(_engine, _project, "targets", "--expired");

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        Assert.Equal(["pr-1", "pr-3"], Stacks(run));

        // Stacks with a file are decided by their file: the backend's copy is not even opened.
        Assert.DoesNotContain(_engine.Calls, c => c.StartsWith("staging:", StringComparison.Ordinal) || c.StartsWith("pr-1:", StringComparison.Ordinal));
        Assert.DoesNotContain(_engine.Calls, c => c.EndsWith("destroy", StringComparison.Ordinal));
    }

    [Fact]
    public void Targets_Expired_DealsFilesAndBackendStacksTogetherToShards()
    {
        WithReview("pr-1", "2020-01-01T00:00:00Z");
        InTheBackend("pr-3", BackendReview("2020-01-01T00:00:00Z"));

        Assert.Equal(["pr-1"], Stacks(DeployRun.Of(_engine, _project, "targets", "--expired", "--shard", "1/2")));
        Assert.Equal(["pr-3"], Stacks(DeployRun.Of(_engine, _project, "targets", "--expired", "--shard", "2/2")));
    }

    [Fact]
    public void Destroy_Expired_DestroysBackendOnlyReviews_ThenRemovesTheirState()
    {
        WithReview("pr-1", "2020-01-01T00:00:00Z");
        InTheBackend("pr-3", BackendReview("2020-01-01T00:00:00Z"));
        InTheBackend("pr-4", BackendReview("2999-01-01T00:00:00Z"));

        var run = DeployRun.Of(_engine, _project, "destroy", "--expired");

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        var calls = _engine.Calls.ToList();
        Assert.Equal(["pr-1: destroy", "pr-1: remove", "pr-3: destroy", "pr-3: remove"],
            calls.Where(c => c.EndsWith("destroy", StringComparison.Ordinal) || c.EndsWith("remove", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.True(calls.IndexOf("pr-3: destroy") < calls.IndexOf("pr-3: remove"));
        Assert.Contains("[pr-3] removed its state from the backend", run.OutputLines);
        Assert.DoesNotContain(run.OutputLines, l => l.Contains("Pulumi.pr-3.yaml", StringComparison.Ordinal));
        Assert.False(File.Exists(_project.StackFile("pr-1")));
    }

    [Fact]
    public void Destroy_Expired_NeverTouchesABackendReviewThatSaysItIsProduction()
    {
        InTheBackend("pr-3", BackendReview("2020-01-01T00:00:00Z", environment: "production"));

        var run = DeployRun.Of(_engine, _project, "destroy", "--expired");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("refusing to destroy production stack pr-3", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(_engine.Calls, c => c.EndsWith("destroy", StringComparison.Ordinal) || c.EndsWith("remove", StringComparison.Ordinal));
    }

    [Fact]
    public void Destroy_Expired_WhenTheDestroyFails_KeepsTheBackendState()
    {
        InTheBackend("pr-3", BackendReview("2020-01-01T00:00:00Z") with { FailWith = "error: the cloud said no" });

        var run = DeployRun.Of(_engine, _project, "destroy", "--expired");

        Assert.NotEqual(0, run.ExitCode);
        Assert.DoesNotContain("pr-3: remove", _engine.Calls);
    }

    [Fact]
    public void Destroy_Expired_WhenRemovingTheStateFails_FailsThatStack()
    {
        InTheBackend("pr-3", BackendReview("2020-01-01T00:00:00Z", removeFails: true));

        var run = DeployRun.Of(_engine, _project, "destroy", "--expired");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("[pr-3] destroyed, but removing its state failed: error: stack still has resources", run.OutputLines);
    }
}
