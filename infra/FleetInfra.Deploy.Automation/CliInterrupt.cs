using FleetInfra.Deploy.Interrupts;

namespace FleetInfra.Deploy.Automation;

/// <summary>
/// The clean stop of one stack's operation. Pulumi.Automation 3.112.1 hands its token to CliWrap 3.3.2
/// (<c>Commands/LocalPulumiCommand.cs</c>: <c>ExecuteAsync(cancellationToken)</c>), which kills the CLI's process tree
/// and leaves pending operations behind (pulumi-dotnet#124); it has no way to send SIGINT. So from the first interrupt
/// until the operation ends, this sends SIGINT once to each Pulumi CLI process this process started for the stack
/// (found by its <c>--stack NAME</c> argument), which then finishes its in-flight steps, records the update and
/// releases the lock. The operation's own token stays the forced stop.
/// </summary>
internal sealed class CliInterrupt : IAsyncDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);
    private readonly CancellationTokenSource _done = new();
    private readonly CancellationTokenRegistration _registration;
    private readonly string _stack;
    private Task _watch = Task.CompletedTask;

    private CliInterrupt(string stack, CancellationToken stop)
    {
        _stack = stack;
        _registration = stop.Register(() => _watch = Task.Run(WatchAsync));
    }

    public static CliInterrupt For(string stack, CancellationToken stop) => new(stack, stop);

    public async ValueTask DisposeAsync()
    {
        await _registration.DisposeAsync().ConfigureAwait(false);
        await _done.CancelAsync().ConfigureAwait(false);
        await _watch.ConfigureAwait(false);
        _done.Dispose();
    }

    /// <summary>Polls, because a CLI process may start after the interrupt (the library starts one per command).</summary>
    private async Task WatchAsync()
    {
        var signalled = new HashSet<int>();
        while (!_done.IsCancellationRequested)
        {
            foreach (var pid in ChildProcesses.Of(Environment.ProcessId).Where(p => !signalled.Contains(p)))
            {
                if (IsCliFor(ChildProcesses.CommandLineOf(pid)))
                {
                    ChildProcesses.Interrupt(pid);
                    signalled.Add(pid);
                }
            }

            try
            {
                await Task.Delay(Poll, _done.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private bool IsCliFor(IReadOnlyList<string> arguments) =>
        arguments.Any(a => Path.GetFileName(a) == "pulumi")
        && arguments.Zip(arguments.Skip(1)).Any(pair => pair.First == "--stack" && pair.Second == _stack);
}
