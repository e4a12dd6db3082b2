using System.Collections.Concurrent;
using FleetInfra.Deploy.Interrupts;

namespace FleetInfra.Deploy.Tests;

/// <summary>
/// The first interrupt stops running operations cleanly and starts nothing new; the second kills them, and only a
/// killed update of this run is cancelled through the engine, naming every stack that may still be locked.
/// </summary>
public sealed class CancelTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly TempProject _project = new();
    private readonly FakeEngine _engine = new();
    private readonly Interruption _interrupt = new();
    private readonly BlockingCollection<string> _started = [];

    public CancelTests() => _engine.Started = _started.Add;

    public void Dispose()
    {
        _project.Dispose();
        _interrupt.Dispose();
        _started.Dispose();
    }

    private bool StartedTwice() => _started.TryTake(out _, Patience) && _started.TryTake(out _, Patience);

    [Fact]
    public async Task FirstInterrupt_StopsTheUpdateCleanlyAndSendsNoCancel()
    {
        _engine.Scripts["dev"] = new FakeScript { Hang = true };
        var file = _project.PathOf("summary.json");

        var run = DeployRun.OfAsync(_engine, _project, _interrupt, "up", "--stack", "dev", "--json", file);
        Assert.True(_started.TryTake(out _, Patience));
        _interrupt.Signal();
        var result = await run;

        Assert.Equal(130, result.ExitCode);
        Assert.Equal(["dev: open", "dev: up", "dev: SIGINT"], _engine.Calls);
        Assert.Contains("[dev] interrupted; the engine stopped cleanly", result.OutputLines);
        Assert.Equal(["dev", "up", "cancelled"], result.Row("dev")[..3]);
        Assert.Contains("fleet deploy: interrupted: running stacks are stopping cleanly and nothing new starts; interrupt again to kill them", result.ErrorLines);
        Assert.DoesNotContain(result.ErrorLines, l => l.Contains("may still be locked", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SecondInterrupt_KillsAndCancelsKilledUpdatesAndSkipsWaitingOnes()
    {
        _engine.Scripts["dev"] = new FakeScript { Hang = true, IgnoresStop = true };
        _engine.Scripts["prod"] = new FakeScript { Hang = true, IgnoresStop = true, CancelFails = true };
        var file = _project.PathOf("summary.json");

        var run = DeployRun.OfAsync(_engine, _project, _interrupt, "up", "--all", "--no-plan", "--json", file);
        Assert.True(StartedTwice());
        _interrupt.Signal();
        _interrupt.Signal();
        var result = await run;

        Assert.Equal(130, result.ExitCode);
        Assert.Equal(["dev: cancel", "prod: cancel"], _engine.Calls.Where(c => c.EndsWith("cancel", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.DoesNotContain("staging: up", _engine.Calls);
        Assert.Equal(["dev", "up", "cancelled"], result.Row("dev")[..3]);
        Assert.Equal(["staging", "up", "cancelled"], result.Row("staging")[..3]);
        Assert.Contains("[dev] interrupted; the engine cancelled the killed update", result.OutputLines);
        Assert.Contains("[prod] interrupted; the engine's cancel failed (error: pulumi cancel is not supported on file backends)", result.OutputLines);
        Assert.Contains(
            "fleet deploy: prod may still be locked by the interrupted up: check with 'pulumi stack -s prod' and release it with 'pulumi cancel -s prod' (Pulumi Cloud) or by removing the lock file under .pulumi/locks (file and object-store backends)",
            result.ErrorLines);
        Assert.DoesNotContain(result.ErrorLines, l => l.StartsWith("fleet deploy: dev may", StringComparison.Ordinal));
        Assert.Contains("\"possiblyLocked\": [\n    \"prod\"\n  ]", File.ReadAllText(file).ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InterruptedPreview_SendsNoCancel()
    {
        _engine.Scripts["dev"] = new FakeScript { Hang = true, IgnoresStop = true };

        var run = DeployRun.OfAsync(_engine, _project, _interrupt, "preview", "--stack", "dev");
        Assert.True(_started.TryTake(out _, Patience));
        _interrupt.Signal();
        _interrupt.Signal();
        var result = await run;

        Assert.Equal(130, result.ExitCode);
        Assert.DoesNotContain("dev: cancel", _engine.Calls);
        Assert.DoesNotContain(result.ErrorLines, l => l.Contains("may still be locked", StringComparison.Ordinal));
    }

    [Fact]
    public async Task InterruptedDrift_StartsNoPreviewAfterTheRefresh()
    {
        _engine.Scripts["dev"] = new FakeScript { Hang = true };

        var run = DeployRun.OfAsync(_engine, _project, _interrupt, "drift", "--stack", "dev");
        Assert.True(_started.TryTake(out _, Patience));
        _interrupt.Signal();
        var result = await run;

        Assert.Equal(130, result.ExitCode);
        Assert.Equal(["dev: select", "dev: refresh --preview-only", "dev: SIGINT"], _engine.Calls);
    }

    [Fact]
    public async Task CtrlCInATerminal_IsNotPassedOnASecondTime()
    {
        _engine.Scripts["dev"] = new FakeScript { Hang = true, IgnoresStop = true };

        var run = DeployRun.OfAsync(_engine, _project, _interrupt, "up", "--stack", "dev");
        Assert.True(_started.TryTake(out _, Patience));
        _interrupt.Signal(reachedChildren: true);
        _interrupt.Signal(reachedChildren: true);
        var result = await run;

        Assert.Equal(130, result.ExitCode);
        Assert.DoesNotContain("dev: SIGINT", _engine.Calls);
        Assert.Contains("dev: cancel", _engine.Calls);
    }
}
