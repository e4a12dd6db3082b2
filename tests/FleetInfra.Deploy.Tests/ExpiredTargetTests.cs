using System.Text.Json;

namespace FleetInfra.Deploy.Tests;

/// <summary>--expired chooses the review environments (apps-only stacks) past fleet:expiresAt, and destroy removes their stack files.</summary>
public sealed partial class ExpiredTargetTests : IDisposable
{
    private readonly TempProject _project = new();
    private readonly FakeEngine _engine = new();

    public void Dispose() => _project.Dispose();

    private TempProject WithReview(string name, string expiresAt, string extra = "") =>
        _project.WithStack(name, _ => $"config:\n  fleet:clustersFrom: staging\n  fleet:expiresAt: \"{expiresAt}\"\n{extra}");

    [Fact]
    public void Targets_Expired_ListsOnlyReviewStacksPastTheirExpiry()
    {
        WithReview("pr-1", "2020-01-01T00:00:00Z");
        WithReview("pr-2", "2999-01-01T00:00:00Z");

        var run = DeployRun.Of(_engine, _project, "targets", "--expired");

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        Assert.Equal(["pr-1"], JsonDocument.Parse(run.Output).RootElement.EnumerateArray().Select(t => t.GetProperty("stack").GetString()));
        Assert.Equal(["list stacks"], _engine.Calls);
    }

    [Fact]
    public void Targets_Expired_WithNoneExpired_IsAnEmptyMatrix()
    {
        WithReview("pr-2", "2999-01-01T00:00:00Z");

        var run = DeployRun.Of(_engine, _project, "targets", "--expired");

        Assert.Equal((0, "[]"), (run.ExitCode, run.Output.Trim()));
    }

    [Fact]
    public void Destroy_Expired_DestroysThemAndRemovesTheirStackFiles_LeavesTheRest()
    {
        WithReview("pr-1", "2020-01-01T00:00:00Z");
        WithReview("pr-2", "2999-01-01T00:00:00Z");

        var run = DeployRun.Of(_engine, _project, "destroy", "--expired");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["pr-1: destroy"], _engine.Calls.Where(c => c.EndsWith("destroy", StringComparison.Ordinal)));
        Assert.False(File.Exists(_project.StackFile("pr-1")));
        Assert.True(File.Exists(_project.StackFile("pr-2")));
        Assert.True(File.Exists(_project.StackFile("staging")));
        Assert.Contains("[pr-1] removed stacks/Pulumi.pr-1.yaml", run.OutputLines);
    }

    [Fact]
    public void Destroy_Expired_WhenTheDestroyFails_KeepsTheStackFile()
    {
        WithReview("pr-1", "2020-01-01T00:00:00Z");
        _engine.Scripts["pr-1"] = new FakeScript { FailWith = "error: the cloud said no" };

        var run = DeployRun.Of(_engine, _project, "destroy", "--expired");

        Assert.NotEqual(0, run.ExitCode);
        Assert.True(File.Exists(_project.StackFile("pr-1")));
    }

    [Fact]
    public void Destroy_Expired_NeverDestroysAReviewStackThatSaysItIsProduction()
    {
        WithReview("pr-1", "2020-01-01T00:00:00Z", "  fleet:environment: production\n");

        var run = DeployRun.Of(_engine, _project, "destroy", "--expired");

        Assert.NotEqual(0, run.ExitCode);
        Assert.DoesNotContain(_engine.Calls, c => c.EndsWith("destroy", StringComparison.Ordinal));
        Assert.True(File.Exists(_project.StackFile("pr-1")));
    }

    [Fact]
    public void Expired_WithAll_IsAUsageError()
    {
        var run = DeployRun.Of(_engine, _project, "targets", "--expired", "--all");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--expired", run.Error, StringComparison.Ordinal);
    }
}
