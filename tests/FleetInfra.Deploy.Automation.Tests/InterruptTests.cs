using System.Collections.Concurrent;
using FleetInfra.Deploy.Commands;
using FleetInfra.Deploy.Engine;
using FleetInfra.Deploy.Interrupts;
using FleetInfra.Deploy.Tests;

namespace FleetInfra.Deploy.Automation.Tests;

/// <summary>An interrupt reaches the real CLI as SIGINT, which lets it finish cleanly, instead of killing it mid-update.</summary>
public sealed class InterruptTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly StandInPulumi _pulumi = new();
    private readonly TempProject _project = new();
    private readonly ConcurrentQueue<string> _lines = new();

    private readonly AutomationStackEngine _engine;

    public InterruptTests() => _engine = _pulumi.Engine();

    public void Dispose()
    {
        _engine.Dispose();
        _pulumi.Dispose();
        _project.Dispose();
    }

    private Task<IEngineStack> OpenAsync() =>
        _engine.OpenAsync(new EngineStackRequest("dev", _project.Root, null), CancellationToken.None);

    [Fact]
    public async Task InterruptedUp_SendsSigintAndTheCliExitsCleanly()
    {
        _pulumi.Hanging("up");
        using var stack = await OpenAsync();
        using var interrupt = new Interruption();

        var up = stack.UpAsync(new EngineCall(_lines.Enqueue) { Stop = interrupt.Stop }, interrupt.Force);
        Assert.True(await _pulumi.LoggedAsync("started up", Patience));
        interrupt.Signal();
        await Assert.ThrowsAsync<StackEngineException>(() => up);

        Assert.True(await _pulumi.LoggedAsync("exit after SIGINT", Patience));
        Assert.Equal(["started up", "signal INT", "exit after SIGINT"], _pulumi.Calls.SkipWhile(c => c != "started up"));
        Assert.Contains("^C received; cancelling. If you would like to terminate immediately, press ^C again.", _lines);
    }

    [Fact]
    public async Task InterruptedPreview_EndsWithoutPulumiCancel()
    {
        _pulumi.Hanging("preview");
        using var interrupt = new Interruption();
        var output = new StringWriter();

        var run = Task.Run(() => DeployCli.Run(["preview", "--stack", "dev", "--project", _project.Root], new DeployConsole(output, new StringWriter()), _engine, interrupt));
        Assert.True(await _pulumi.LoggedAsync("started preview", Patience));
        interrupt.Signal();

        Assert.Equal(130, await run);
        Assert.Contains("signal INT", _pulumi.Calls);
        Assert.DoesNotContain(_pulumi.Calls, c => c.StartsWith("cancel", StringComparison.Ordinal));
    }
}
