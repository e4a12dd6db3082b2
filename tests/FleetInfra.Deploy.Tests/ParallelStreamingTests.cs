using System.Collections.Concurrent;

namespace FleetInfra.Deploy.Tests;

/// <summary>--parallel bounds how many stacks run at once; their lines arrive whole, prefixed and never interleaved.</summary>
public sealed class ParallelStreamingTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly TempProject _project = new TempProject().WithStack("qa", t => t);
    private readonly FakeEngine _engine = new();

    public void Dispose() => _project.Dispose();

    [Fact]
    public async Task Parallel_RunsAtMostNStacksAtOnce()
    {
        var started = new BlockingCollection<string>();
        var release = new TaskCompletionSource();
        _engine.Started = started.Add;
        _engine.Hold = _ => release.Task;

        using var interruption = new Interrupts.Interruption();
        var run = DeployRun.OfAsync(_engine, _project, interruption, "preview", "--all", "--parallel", "2");
        Assert.True(started.TryTake(out _, Patience) && started.TryTake(out _, Patience));
        Assert.False(started.TryTake(out _, TimeSpan.FromMilliseconds(200)));
        release.SetResult();
        var result = await run;

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(2, _engine.MaxRunning);
        Assert.Equal(4, _engine.Calls.Count(c => c.EndsWith("preview", StringComparison.Ordinal)));
    }

    [Fact]
    public void DefaultParallel_IsTwo()
    {
        DeployRun.Of(_engine, _project, "preview", "--all");

        Assert.InRange(_engine.MaxRunning, 1, 2);
    }

    [Fact]
    public void Lines_ArePrefixedWholeAndNeverInterleaved()
    {
        var lines = Enumerable.Range(0, 300).Select(i => $"line {i:D3} " + new string('x', 200)).ToArray();
        foreach (var stack in new[] { "dev", "prod", "qa", "staging" })
        {
            _engine.Scripts[stack] = new FakeScript { Lines = [.. lines] };
        }

        var run = DeployRun.Of(_engine, _project, "preview", "--all", "--parallel", "4");

        Assert.Equal(0, run.ExitCode);
        var streamed = run.OutputLines.Where(l => l.StartsWith('[')).ToList();
        Assert.All(streamed, line => Assert.Matches(@"^\[(dev|prod|qa|staging)\] line \d{3} x{200}$", line));
        foreach (var stack in new[] { "dev", "prod", "qa", "staging" })
        {
            Assert.Equal(lines, streamed.Where(l => l.StartsWith($"[{stack}] ", StringComparison.Ordinal)).Select(l => l[(stack.Length + 3)..]));
        }
    }

    [Fact]
    public void MultiLineText_IsSplitIntoPrefixedLines()
    {
        _engine.Scripts["dev"] = new FakeScript { Lines = ["first\nsecond\r\nthird"] };

        var run = DeployRun.Of(_engine, _project, "preview", "--stack", "dev");

        Assert.Equal(["[dev] first", "[dev] second", "[dev] third"], run.OutputLines.Take(3));
    }
}
