namespace FleetInfra.Deploy.Interrupts;

/// <summary>
/// A two-stage interrupt. The first signal (Ctrl-C, SIGINT or SIGTERM) sets <see cref="Stop"/>: the engines are asked
/// to finish cleanly (the Pulumi CLI gets SIGINT, completes or cancels its in-flight steps and releases the stack's
/// lock) and nothing new starts. The second signal, or <see cref="Grace"/> after the first, sets
/// <see cref="Force"/>: whatever still runs is killed.
/// </summary>
public sealed class Interruption : IDisposable
{
    /// <summary>How long a clean stop may take before it is forced (creating an EKS cluster takes over ten minutes).</summary>
    public static readonly TimeSpan DefaultGrace = TimeSpan.FromMinutes(15);

    private readonly CancellationTokenSource _stop = new();
    private readonly CancellationTokenSource _forward = new();
    private readonly CancellationTokenSource _force = new();
    private int _signals;

    public Interruption(TimeSpan? grace = null) => Grace = grace ?? DefaultGrace;

    public TimeSpan Grace { get; }

    /// <summary>Set by the first signal: finish cleanly, start nothing new.</summary>
    public CancellationToken Stop => _stop.Token;

    /// <summary>
    /// Set by the first signal unless it already reached the child processes (a terminal's Ctrl-C goes to its whole
    /// foreground process group): then the engines must pass the stop on to them, once.
    /// </summary>
    public CancellationToken ForwardStop => _forward.Token;

    /// <summary>Set by the second signal, or when the grace period after the first ran out: kill what still runs.</summary>
    public CancellationToken Force => _force.Token;

    /// <summary>One interrupt arrived; returns how many have so far.</summary>
    /// <param name="reachedChildren">The signal went to the child processes too (Ctrl-C in a terminal).</param>
    public int Signal(bool reachedChildren = false)
    {
        var count = Interlocked.Increment(ref _signals);
        if (count == 1)
        {
            _stop.Cancel();
            if (!reachedChildren)
            {
                _forward.Cancel();
            }

            _force.CancelAfter(Grace);
        }
        else
        {
            _force.Cancel();
        }

        return count;
    }

    public void Dispose()
    {
        _stop.Dispose();
        _forward.Dispose();
        _force.Dispose();
    }
}
