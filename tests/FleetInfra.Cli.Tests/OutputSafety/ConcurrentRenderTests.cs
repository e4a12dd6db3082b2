using System.Text.RegularExpressions;
using FleetInfra.Cli.Tests.BadInput;
using FleetInfra.Core.Rendering;
using FleetInfra.Core.Workloads;

namespace FleetInfra.Cli.Tests.OutputSafety;

/// <summary>
/// Renders into one folder from separate processes of the built <c>fleet</c>: one writes at a time, the others wait
/// (<c>--wait</c>) or fail at once with one line naming the writer (exit 75), and the folder always ends as one
/// whole render with nothing left beside it but the lock file.
/// </summary>
[Trait("Category", "Process")]
public sealed class ConcurrentRenderTests : IDisposable
{
    private const string TryAgain = "try again when it ends or pass --wait SECONDS";

    private readonly string _root = Directory.CreateTempSubdirectory("fleet-concurrent-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Output => Path.Combine(_root, "out");

    [Fact]
    public async Task Render_SixProcessesAtOnce_EachWritesOrNamesTheWriterAndTheFolderIsOneRender()
    {
        var stack = Workload(clusters: 4, apps: 100);

        var (ids, runs) = await RenderAtOnce(6, stack);

        var busy = new Regex($"^{Regex.Escape(Output)}: another fleet render( \\(pid (?<pid>\\d+), started [0-9TZ:-]+\\))? is writing this folder; {Regex.Escape(TryAgain)}$");
        Assert.All(runs, run =>
        {
            BadInputCorpusTests.AssertNoTraceAndNoSecret(run);
            if (run.ExitCode == ExitCodes.Success)
            {
                Assert.Equal(string.Empty, run.Error);
                return;
            }

            Assert.Equal(ExitCodes.Busy, run.ExitCode);
            var match = busy.Match(Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
            Assert.True(match.Success, run.Error);
            Assert.True(!match.Groups["pid"].Success || ids.Contains(int.Parse(match.Groups["pid"].Value)), $"names a process that is not one of the renders: {run.Error}");
        });
        Assert.Contains(runs, run => run.ExitCode == ExitCodes.Success);
        AssertOneWholeRender(stack);
    }

    [Fact]
    public async Task Render_SixProcessesAtOnceWithWait_AllWriteOneAfterAnother()
    {
        var stack = Workload(clusters: 4, apps: 100);

        var (_, runs) = await RenderAtOnce(6, stack, "--wait", "300");

        var waiting = new Regex($"^{Regex.Escape(Output)}: waiting up to 300 s for another fleet render( \\(pid \\d+, started [0-9TZ:-]+\\))? to finish\n$");
        Assert.All(runs, run =>
        {
            Assert.Equal(ExitCodes.Success, run.ExitCode);
            Assert.True(run.Error.Length == 0 || waiting.IsMatch(run.Error), run.Error);
        });
        AssertOneWholeRender(stack);
    }

    [Fact]
    public async Task Render_WhileAnotherProcessHoldsTheFolder_FailsAtOnceNamingItAndKeepsThePreviousRender()
    {
        var stack = Workload(clusters: 2, apps: 3);
        Assert.Equal(0, CliRun.Of("render", "--config", stack, "--out", Output).ExitCode);
        var before = FolderSnapshot.Take(Output);
        var holder = LockOwner.Current;
        using var held = OutputLock.Acquire(_root, "out", LockWait.None, holder);

        using var process = FleetProcess.Start("render", "--config", stack, "--out", Output);
        var run = await FleetProcess.Finish(process);

        Assert.Equal(
            (ExitCodes.Busy, string.Empty, $"{Output}: {LockOwner.Describe(holder)} is writing this folder; {TryAgain}\n"),
            (run.ExitCode, run.Output, run.Error));
        Assert.Contains($"(pid {Environment.ProcessId}, started ", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, FolderSnapshot.Take(Output));
    }

    [Fact]
    public async Task Render_WithWait_SaysWhomItWaitsForAndWritesOnceTheHolderLetsGo()
    {
        var stack = Workload(clusters: 2, apps: 3);
        var holder = LockOwner.Current;
        var held = OutputLock.Acquire(_root, "out", LockWait.None, holder);

        using var process = FleetProcess.Start("render", "--config", stack, "--out", Output, "--wait", "300");
        var first = await process.StandardError.ReadLineAsync();
        held.Dispose();
        var run = await FleetProcess.Finish(process);

        Assert.Equal($"{Output}: waiting up to 300 s for {LockOwner.Describe(holder)} to finish", first);
        Assert.Equal((ExitCodes.Success, string.Empty), (run.ExitCode, run.Error));
        AssertOneWholeRender(stack);
    }

    [Fact]
    public async Task Render_AfterTheWriterWasKilled_TakesTheLockItLeftAndClearsItsStagingFolder()
    {
        // Large enough that the kill usually lands mid-write; the outcome must be the same when it does not.
        var stack = Workload(clusters: 6, apps: 400);
        using (var writer = FleetProcess.Start("render", "--config", stack, "--out", Output))
        {
            while (!File.Exists(OutputLock.OwnerFileOf(_root, "out")) && !writer.HasExited)
            {
                await Task.Delay(5);
            }

            writer.Kill(entireProcessTree: true);
            await writer.WaitForExitAsync();
        }

        using var next = FleetProcess.Start("render", "--config", stack, "--out", Output);
        var run = await FleetProcess.Finish(next);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        AssertOneWholeRender(stack);
    }

    /// <summary>Starts <paramref name="count"/> renders before waiting for any; their process ids and what each printed.</summary>
    private async Task<(HashSet<int> Ids, CliRun[] Runs)> RenderAtOnce(int count, string stack, params string[] extra)
    {
        var processes = Enumerable.Range(0, count).Select(_ => FleetProcess.Start(["render", "--config", stack, "--out", Output, .. extra])).ToList();
        try
        {
            return (processes.Select(p => p.Id).ToHashSet(), await Task.WhenAll(processes.Select(FleetProcess.Finish)));
        }
        finally
        {
            processes.ForEach(p => p.Dispose());
        }
    }

    /// <summary>The reference workload of <c>fleet generate</c>; returns its stack file.</summary>
    private string Workload(int clusters, int apps) => new ReferenceFleet(clusters, apps).WriteTo(Path.Combine(_root, "stack"));

    /// <summary>The output equals, byte for byte, one render of the stack into a fresh folder, and only the lock file stays beside it.</summary>
    private void AssertOneWholeRender(string stack)
    {
        var single = Path.Combine(_root, "single");
        Assert.Equal(0, CliRun.Of("render", "--config", stack, "--out", single).ExitCode);
        Assert.Equal(FolderSnapshot.Take(single), FolderSnapshot.Take(Output));
        Assert.Equal([".out.lock"], Directory.EnumerateFileSystemEntries(_root, ".out*").Select(Path.GetFileName));
    }
}
