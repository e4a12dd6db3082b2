using FleetInfra.Deploy.Commands;
using FleetInfra.Deploy.Tests;

namespace FleetInfra.Deploy.Automation.Tests;

/// <summary>The nightly <c>targets --idle</c> over the real Automation API and the stand-in CLI: backend-only reviews by their outputs.</summary>
public sealed class IdleBackendStacksTests : IDisposable
{
    private const string Idle = """{"clustersFrom":"staging","environment":"pr-3","expiresAt":"2999-01-01T00:00:00Z","lastChangeAt":"2020-01-01T00:00:00Z","idleAfter":"2d","suspended":false,"appUrls":{}}""";

    private readonly StandInPulumi _pulumi = new();
    private readonly TempProject _project = new();

    public void Dispose()
    {
        _pulumi.Dispose();
        _project.Dispose();
    }

    [Fact]
    public void TargetsIdle_ListsTheBackendOnlyReviewsIdleAndNotSuspended_AndChangesNothing()
    {
        _pulumi.WithStack("dev").WithStack("pr-3", Idle)
            .WithStack("pr-4", Idle.Replace("\"suspended\":false", "\"suspended\":true", StringComparison.Ordinal))
            .WithStack("pr-5", Idle.Replace("2020-01-01", "2999-01-01", StringComparison.Ordinal));
        var output = new StringWriter();
        var error = new StringWriter();
        using var engine = _pulumi.Engine();

        var exitCode = DeployCli.Run(["targets", "--idle", "--project", _project.Root], new DeployConsole(output, error), engine);

        Assert.Equal((0, string.Empty), (exitCode, error.ToString()));
        Assert.Equal(
            """[{"stack":"pr-3","environment":"pr-3","clustersFrom":"staging","expiresAt":"2999-01-01T00:00:00Z","lastChangeAt":"2020-01-01T00:00:00Z","idleAfter":"2d"}]""",
            output.ToString().Trim());
        Assert.DoesNotContain(_pulumi.Calls, c => c.StartsWith("up", StringComparison.Ordinal) || c.StartsWith("destroy", StringComparison.Ordinal) || c.StartsWith("stack rm", StringComparison.Ordinal));
    }
}
