using FleetInfra.Deploy.Commands;
using FleetInfra.Deploy.Tests;

namespace FleetInfra.Deploy.Automation.Tests;

/// <summary>
/// The nightly <c>destroy --expired</c> over the real Automation API and the stand-in CLI: review stacks with no stack
/// file are found by <c>pulumi stack ls</c> and their outputs, destroyed, then removed with <c>pulumi stack rm</c>.
/// </summary>
public sealed class ExpiredBackendStacksTests : IDisposable
{
    private const string Expired = """{"clustersFrom":"staging","environment":"pr-3","expiresAt":"2020-01-01T00:00:00Z","appUrls":{}}""";

    private readonly StandInPulumi _pulumi = new();
    private readonly TempProject _project = new();

    public void Dispose()
    {
        _pulumi.Dispose();
        _project.Dispose();
    }

    private (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        using var engine = _pulumi.Engine();
        var exitCode = DeployCli.Run([.. args, "--project", _project.Root], new DeployConsole(output, error), engine);
        return (exitCode, output.ToString().ReplaceLineEndings("\n"), error.ToString());
    }

    [Fact]
    public async Task ListStacks_NamesTheBackendsStacks()
    {
        _pulumi.WithStack("dev").WithStack("pr-3");
        using var engine = _pulumi.Engine();

        var stacks = await engine.ListStacksAsync(_project.Root, "file:///state", CancellationToken.None);

        Assert.Equal(["dev", "pr-3"], stacks.Order(StringComparer.Ordinal));
        Assert.Equal("stack ls --json --non-interactive", _pulumi.Calls[^1]);
        Assert.StartsWith("env PULUMI_BACKEND_URL=file:///state ", _pulumi.EnvironmentOf("stack ls"), StringComparison.Ordinal);
    }

    [Fact]
    public void DestroyExpired_DestroysABackendOnlyReview_ThenRemovesItsState_AndLeavesTheRest()
    {
        _pulumi.WithStack("dev").WithStack("pr-3", Expired)
            .WithStack("pr-4", Expired.Replace("2020-01-01", "2999-01-01", StringComparison.Ordinal))
            .WithStack("other", """{"expiresAt":"2020-01-01T00:00:00Z"}""");

        var (exitCode, output, error) = Run("destroy", "--expired");

        Assert.Equal((0, string.Empty), (exitCode, error));
        Assert.Contains("destroy --yes --skip-preview --exec-kind auto.local --stack pr-3 --non-interactive --event-log EVENTLOG", _pulumi.Calls);
        Assert.Contains(_pulumi.Calls, c => c.StartsWith("stack rm --yes pr-3", StringComparison.Ordinal));
        Assert.Contains("[pr-3] removed its state from the backend", output, StringComparison.Ordinal);
        Assert.False(_pulumi.HasStack("pr-3"));
        Assert.True(_pulumi.HasStack("pr-4") && _pulumi.HasStack("other") && _pulumi.HasStack("dev"));
        Assert.DoesNotContain(_pulumi.Calls, c => c.StartsWith("destroy", StringComparison.Ordinal) && !c.Contains("--stack pr-3", StringComparison.Ordinal));
    }

    [Fact]
    public void TargetsExpired_ListsTheBackendOnlyReview()
    {
        _pulumi.WithStack("pr-3", Expired);

        var (exitCode, output, error) = Run("targets", "--expired");

        Assert.Equal((0, string.Empty), (exitCode, error));
        Assert.Contains("\"stack\":\"pr-3\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void DestroyExpired_WhenTheStackCannotBeRemoved_FailsAndKeepsIt()
    {
        _pulumi.WithStack("pr-3", Expired).Failing("rm", "error: 'pr-3' still has resources; removal rejected\n");

        var (exitCode, output, _) = Run("destroy", "--expired");

        Assert.Equal(1, exitCode);
        Assert.Contains("[pr-3] destroyed, but removing its state failed: error: 'pr-3' still has resources; removal rejected", output, StringComparison.Ordinal);
        Assert.True(_pulumi.HasStack("pr-3"));
    }
}
