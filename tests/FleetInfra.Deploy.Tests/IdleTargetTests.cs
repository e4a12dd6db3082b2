using System.Text.Json;
using FleetInfra.Deploy.Engine;
using FleetInfra.Deploy.Targets;

namespace FleetInfra.Deploy.Tests;

/// <summary>--idle lists the review environments unchanged for their fleet:idleAfter, from the stack files and from the backend's outputs.</summary>
public sealed class IdleTargetTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 21, 0, 0, TimeSpan.Zero);

    private readonly TempProject _project = new();
    private readonly FakeEngine _engine = new();

    public void Dispose() => _project.Dispose();

    private TempProject WithReview(string name, string lastChangeAt, string extra = "") =>
        _project.WithStack(name, _ => $"config:\n  fleet:clustersFrom: staging\n  fleet:expiresAt: \"2999-01-01T00:00:00Z\"\n  fleet:lastChangeAt: \"{lastChangeAt}\"\n  fleet:idleAfter: 2d\n{extra}");

    private static IReadOnlyList<StackOutputValue> Outputs(string lastChangeAt, string idleAfter = "2d", bool suspended = false, string environment = "pr") =>
    [
        new("clustersFrom", "\"staging\"", false),
        new("environment", JsonSerializer.Serialize(environment), false),
        new("expiresAt", "\"2999-01-01T00:00:00Z\"", false),
        new("idleAfter", JsonSerializer.Serialize(idleAfter), false),
        new("lastChangeAt", JsonSerializer.Serialize(lastChangeAt), false),
        new("suspended", suspended ? "true" : "false", false),
    ];

    [Fact]
    public void IdleStacks_WithAFixedClock_AreTheReviewsUnchangedForIdleAfter_NotSuspendedNorProduction()
    {
        WithReview("pr-1", "2026-12-05T21:00:00Z");
        WithReview("pr-2", "2026-12-05T21:00:01Z");
        WithReview("pr-3", "2026-01-01T00:00:00Z", "  fleet:suspended: true\n");
        WithReview("pr-4", "2026-01-01T00:00:00Z", "  fleet:environment: production\n");
        _project.WithStack("pr-5", _ => "config:\n  fleet:clustersFrom: staging\n");

        var idle = IdleStacks.In(StackCatalog.Read(_project.Root), Now);

        Assert.Equal([new IdleReview("pr-1", "pr-1", "staging", "2999-01-01T00:00:00Z", "2026-12-05T21:00:00Z", "2d")], idle);
    }

    [Fact]
    public void BackendIdleTarget_WithAFixedClock_ReadsTheOutputsTheProgramExports()
    {
        Assert.Equal(new IdleReview("pr-7", "pr", "staging", "2999-01-01T00:00:00Z", "2026-12-07T20:00:00Z", "1h"),
            BackendReviewStacks.IdleTarget("pr-7", Outputs("2026-12-07T20:00:00Z", idleAfter: "1h"), Now));
        Assert.Null(BackendReviewStacks.IdleTarget("pr-7", Outputs("2026-12-07T20:00:01Z", idleAfter: "1h"), Now));
        Assert.Null(BackendReviewStacks.IdleTarget("pr-7", Outputs("2026-01-01T00:00:00Z", suspended: true), Now));
        Assert.Null(BackendReviewStacks.IdleTarget("pr-7", Outputs("2026-01-01T00:00:00Z", environment: "production"), Now));
        Assert.Null(BackendReviewStacks.IdleTarget("staging", [new("lastChangeAt", "\"2026-01-01T00:00:00Z\"", false)], Now));
    }

    [Fact]
    public void Targets_Idle_ListsIdleStackFilesAndBackendOnlyReviews_WithWhatCreateNeedsToWriteThemAgain()
    {
        WithReview("pr-1", "2020-01-01T00:00:00Z");
        WithReview("pr-2", "2999-01-01T00:00:00Z");
        _engine.BackendStacks.Add("pr-3");
        _engine.Scripts["pr-3"] = new FakeScript { Outputs = [.. Outputs("2020-01-01T00:00:00Z")] };
        _engine.BackendStacks.Add("pr-4");
        _engine.Scripts["pr-4"] = new FakeScript { Outputs = [.. Outputs("2020-01-01T00:00:00Z", suspended: true)] };

        var run = DeployRun.Of(_engine, _project, "targets", "--idle");

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        Assert.Equal(
            """[{"stack":"pr-1","environment":"pr-1","clustersFrom":"staging","expiresAt":"2999-01-01T00:00:00Z","lastChangeAt":"2020-01-01T00:00:00Z","idleAfter":"2d"},{"stack":"pr-3","environment":"pr","clustersFrom":"staging","expiresAt":"2999-01-01T00:00:00Z","lastChangeAt":"2020-01-01T00:00:00Z","idleAfter":"2d"}]""",
            run.Output.Trim());
        Assert.DoesNotContain(_engine.Calls, c => c.EndsWith(": up", StringComparison.Ordinal) || c.EndsWith(": destroy", StringComparison.Ordinal));
    }

    [Fact]
    public void Targets_Idle_FilesOnly_NeverAsksTheEngine()
    {
        WithReview("pr-1", "2020-01-01T00:00:00Z");

        var run = DeployRun.Of(_engine, _project, "targets", "--idle", "--files-only");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"pr-1\"", run.Output, StringComparison.Ordinal);
        Assert.Empty(_engine.Calls);
    }

    [Fact]
    public void Idle_WithExpired_IsAUsageError_AndOtherCommandsHaveNoIdle()
    {
        var both = DeployRun.Of(_engine, _project, "targets", "--idle", "--expired");
        var up = DeployRun.Of(_engine, _project, "up", "--idle");

        Assert.Equal(2, both.ExitCode);
        Assert.Contains(TargetSelection.ChooseOneOrIdle, both.Error, StringComparison.Ordinal);
        Assert.Equal(2, up.ExitCode);
    }
}
