using System.Collections.Concurrent;
using FleetInfra.Deploy.Engine;
using FleetInfra.Deploy.Tests;

namespace FleetInfra.Deploy.Automation.Tests;

/// <summary>An interrupt reaches the real CLI as SIGINT, which lets it finish cleanly, instead of killing it mid-update.</summary>
public sealed class InterruptTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly StandInPulumi _pulumi = new();
    private readonly TempProject _project = new();
    private readonly ConcurrentQueue<string> _lines = new();

    public void Dispose()
    {
        _pulumi.Dispose();
        _project.Dispose();
    }

    [Fact]
    public async Task InterruptedUp_SendsSigintAndTheCliExitsCleanly()
    {
        _pulumi.Hanging("up");
        using var stack = await new AutomationStackEngine(_pulumi.Root).OpenAsync(new EngineStackRequest("dev", _project.Root, null), CancellationToken.None);
        using var interrupt = new CancellationTokenSource();

        var up = stack.UpAsync(new EngineCall(_lines.Enqueue), interrupt.Token);
        Assert.True(await _pulumi.LoggedAsync("started up", Patience));
        await interrupt.CancelAsync();
        await Assert.ThrowsAnyAsync<Exception>(() => up);

        Assert.True(await _pulumi.LoggedAsync("exit after SIGINT", Patience));
        Assert.Equal(["started up", "signal INT", "exit after SIGINT"], _pulumi.Calls.SkipWhile(c => c != "started up").Take(3));
    }
}
