using System.Collections.Concurrent;

namespace FleetInfra.Deploy.Tests;

/// <summary>An interrupt cancels the running operations through the engine and names every stack that may still be locked.</summary>
public sealed class CancelTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly TempProject _project = new();
    private readonly FakeEngine _engine = new();

    public void Dispose() => _project.Dispose();

    [Fact]
    public async Task Interrupt_CancelsRunningStacksAndSkipsWaitingOnes()
    {
        _engine.Scripts["dev"] = new FakeScript { Hang = true };
        _engine.Scripts["prod"] = new FakeScript { Hang = true, CancelFails = true };
        var started = new BlockingCollection<string>();
        _engine.Started = started.Add;
        using var interrupt = new CancellationTokenSource();
        var file = _project.PathOf("summary.json");

        var run = DeployRun.OfAsync(_engine, _project, interrupt.Token, "up", "--all", "--no-plan", "--json", file);
        Assert.True(started.TryTake(out _, Patience) && started.TryTake(out _, Patience));
        await interrupt.CancelAsync();
        var result = await run;

        Assert.Equal(130, result.ExitCode);
        Assert.Equal(["dev: cancel", "prod: cancel"], _engine.Calls.Where(c => c.EndsWith("cancel", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.DoesNotContain("staging: up", _engine.Calls);
        Assert.Equal(["dev", "up", "cancelled"], result.Row("dev")[..3]);
        Assert.Equal(["staging", "up", "cancelled"], result.Row("staging")[..3]);
        Assert.Contains("[dev] interrupted; the engine cancelled the running update", result.OutputLines);
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
        _engine.Scripts["dev"] = new FakeScript { Hang = true };
        var started = new BlockingCollection<string>();
        _engine.Started = started.Add;
        using var interrupt = new CancellationTokenSource();

        var run = DeployRun.OfAsync(_engine, _project, interrupt.Token, "preview", "--stack", "dev");
        Assert.True(started.TryTake(out _, Patience));
        await interrupt.CancelAsync();
        var result = await run;

        Assert.Equal(130, result.ExitCode);
        Assert.DoesNotContain("dev: cancel", _engine.Calls);
        Assert.DoesNotContain(result.ErrorLines, l => l.Contains("may still be locked", StringComparison.Ordinal));
    }
}
