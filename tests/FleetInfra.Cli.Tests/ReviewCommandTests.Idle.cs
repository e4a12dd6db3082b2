using System.Text.Json;
using FleetInfra.Cli.Commands;

namespace FleetInfra.Cli.Tests;

/// <summary>Idle suspension: create records the last change, suspend writes fleet:suspended into idle reviews only, the next create resumes.</summary>
public sealed partial class ReviewCommandTests
{
    private static readonly DateTimeOffset FixedNow = new(2026, 12, 7, 21, 0, 0, TimeSpan.Zero);

    private static string[] Stacks(CliRun run) =>
        [.. JsonDocument.Parse(run.Output).RootElement.EnumerateArray().Select(t => t.GetProperty("stack").GetString()!)];

    private CliRun IdleTargets() => CliRun.Of("deploy", "targets", "--idle", "--files-only", "--project", _project);

    [Fact]
    public void Create_WritesTheLastChangeAsNow_AndIdleAfterTwoDaysUnlessGiven()
    {
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        Assert.Equal(0, Create("--base", "staging", "--name", "pr-7").ExitCode);
        Assert.Equal(0, Create("--base", "staging", "--name", "pr-8", "--idle-after", "12h").ExitCode);

        var text = File.ReadAllText(StackFile("pr-7"));
        var lastChangeAt = DateTimeOffset.Parse(text.Split("fleet:lastChangeAt: \"")[1].Split('"')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(lastChangeAt, before, DateTimeOffset.UtcNow);
        Assert.Contains("  fleet:idleAfter: 2d\n", text, StringComparison.Ordinal);
        Assert.Contains("  fleet:idleAfter: 12h\n", File.ReadAllText(StackFile("pr-8")), StringComparison.Ordinal);
        Assert.Equal((0, "[]\n"), (IdleTargets().ExitCode, IdleTargets().Output));
    }

    [Fact]
    public void Suspend_Idle_WritesSuspendedIntoTheIdleReviewsOnly_AndTheNextCreateResumesIt()
    {
        Assert.Equal(0, Create("--base", "staging", "--name", "pr-7", "--idle-after", "1h", "--last-change-at", "2026-01-01T00:00:00Z").ExitCode);
        Assert.Equal(0, Create("--base", "staging", "--name", "pr-8").ExitCode);
        var idle = File.ReadAllText(StackFile("pr-7"));
        var busy = File.ReadAllText(StackFile("pr-8"));
        var staging = File.ReadAllText(StackFile("staging"));

        var targets = IdleTargets();
        Assert.Equal((0, string.Empty), (targets.ExitCode, targets.Error));
        using (var json = JsonDocument.Parse(targets.Output))
        {
            var target = Assert.Single(json.RootElement.EnumerateArray());
            Assert.Equal(("pr-7", "staging", "2026-01-01T00:00:00Z", "1h"),
                (target.GetProperty("stack").GetString(), target.GetProperty("clustersFrom").GetString(), target.GetProperty("lastChangeAt").GetString(), target.GetProperty("idleAfter").GetString()));
        }

        var suspend = CliRun.Of("review", "suspend", "--idle", "--project", _project);

        Assert.Equal((0, string.Empty), (suspend.ExitCode, suspend.Error));
        Assert.Equal("suspended pr-7: wrote fleet:suspended: true into stacks/Pulumi.pr-7.yaml\n", suspend.Output.Replace(Path.Combine(_project, "stacks") + "/", "stacks/", StringComparison.Ordinal));
        Assert.Equal(idle.Replace("  fleet:clustersFrom: staging\n", "  fleet:clustersFrom: staging\n  fleet:suspended: true\n", StringComparison.Ordinal), File.ReadAllText(StackFile("pr-7")));
        Assert.Equal(busy, File.ReadAllText(StackFile("pr-8")));
        Assert.Equal(staging, File.ReadAllText(StackFile("staging")));
        Assert.Equal("[]\n", IdleTargets().Output);
        Assert.Equal("no review environment is idle; nothing to suspend\n", CliRun.Of("review", "suspend", "--idle", "--project", _project).Output);

        // A push runs create again: the stack file is written anew, not suspended, changed now.
        Assert.Equal(0, Create("--base", "staging", "--name", "pr-7", "--update").ExitCode);
        var resumed = File.ReadAllText(StackFile("pr-7"));
        Assert.DoesNotContain("fleet:suspended", resumed, StringComparison.Ordinal);
        Assert.DoesNotContain("2026-01-01T00:00:00Z", resumed, StringComparison.Ordinal);
    }

    [Fact]
    public void Suspend_WithAFixedClock_TakesTheReviewsWhoseLastChangeIsIdleAfterOrMoreAgo()
    {
        Assert.Equal(0, Create("--base", "staging", "--name", "pr-7", "--idle-after", "2d", "--last-change-at", "2026-12-05T21:00:00Z").ExitCode);
        Assert.Equal(0, Create("--base", "staging", "--name", "pr-8", "--idle-after", "2d", "--last-change-at", "2026-12-05T21:00:01Z").ExitCode);
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = new ReviewSuspendRequest(Idle: true, [], _project).Run(new CliConsole(output, error), FixedNow);

        Assert.Equal((0, string.Empty), (exit, error.ToString()));
        Assert.Contains("fleet:suspended: true", File.ReadAllText(StackFile("pr-7")), StringComparison.Ordinal);
        Assert.DoesNotContain("fleet:suspended", File.ReadAllText(StackFile("pr-8")), StringComparison.Ordinal);
    }

    [Fact]
    public void Suspend_Stack_RefusesAStackThatOwnsClusters_AndWritesNothing()
    {
        Assert.Equal(0, Create("--base", "staging", "--name", "pr-7").ExitCode);
        var review = File.ReadAllText(StackFile("pr-7"));
        var staging = File.ReadAllText(StackFile("staging"));

        var run = CliRun.Of("review", "suspend", "--stack", "pr-7,staging", "--project", _project);

        Assert.Equal((1, "fleet review suspend: stacks/Pulumi.staging.yaml: not a review environment (no fleet:clustersFrom); only review environments are suspended\n"),
            (run.ExitCode, run.Error.Replace(Path.Combine(_project, "stacks") + "/", "stacks/", StringComparison.Ordinal)));
        Assert.Equal((review, staging), (File.ReadAllText(StackFile("pr-7")), File.ReadAllText(StackFile("staging"))));
    }

    [Theory]
    [InlineData("--idle-after", "3x", "fleet review create: --idle-after '3x' is not a duration; use a whole number of minutes, hours or days like 30m, 72h or 7d")]
    [InlineData("--last-change-at", "yesterday", "fleet review create: --last-change-at 'yesterday' is not an RFC 3339 instant; write it like 2026-12-07T21:00:00Z")]
    [InlineData("--expires-at", "2026-12-07", "fleet review create: --expires-at '2026-12-07' is not an RFC 3339 instant; write it like 2026-12-07T21:00:00Z")]
    public void Create_WithABadIdleOption_IsOneLine_AndWritesNothing(string option, string value, string message)
    {
        var run = Create("--base", "staging", "--name", "pr-7", option, value);

        Assert.Equal((2, message + "\n"), (run.ExitCode, run.Error));
        Assert.False(File.Exists(StackFile("pr-7")));
    }

    [Fact]
    public void Suspend_WithNeitherIdleNorStack_IsAUsageError()
    {
        var run = CliRun.Of("review", "suspend", "--project", _project);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(ReviewSuspendCommand.ChooseOne, run.Error, StringComparison.Ordinal);
    }
}
