using System.Collections.Concurrent;
using System.Collections.Immutable;
using FleetInfra.Deploy.Engine;

namespace FleetInfra.Deploy.Tests;

/// <summary>
/// A test double of the engine adapter: scripted per stack, recording every call, counting how many operations run at
/// once, and writing its lines from pool threads the way a real engine's output callbacks arrive.
/// </summary>
internal sealed class FakeEngine : IStackEngine
{
    private readonly Lock _gate = new();
    private int _running;

    public Dictionary<string, FakeScript> Scripts { get; } = [];

    public ConcurrentQueue<string> Calls { get; } = new();

    public int MaxRunning { get; private set; }

    /// <summary>Awaited by every operation after it started; lets a test hold operations open.</summary>
    public Func<string, Task> Hold { get; set; } = _ => Task.CompletedTask;

    /// <summary>Called when an operation starts, with the stack name.</summary>
    public Action<string> Started { get; set; } = _ => { };

    /// <summary>The stacks the backend holds besides those of <see cref="Scripts"/>; its listing is both.</summary>
    public List<string> BackendStacks { get; } = [];

    public Task<ImmutableArray<string>> ListStacksAsync(string projectRoot, string? backend, CancellationToken cancellationToken)
    {
        Calls.Enqueue("list stacks");
        return Task.FromResult<ImmutableArray<string>>([.. Scripts.Keys.Concat(BackendStacks).Distinct(StringComparer.Ordinal)]);
    }

    public Task<IEngineStack> OpenAsync(EngineStackRequest request, CancellationToken cancellationToken)
    {
        Calls.Enqueue(request.Create ? $"{request.StackName}: open" : $"{request.StackName}: select");
        return Task.FromResult<IEngineStack>(new Stack(this, request.StackName, Scripts.GetValueOrDefault(request.StackName) ?? new FakeScript()));
    }

    private async Task<ChangeCounts> OperateAsync(string stack, string call, FakeScript script, EngineCall engineCall, ChangeCounts changes, CancellationToken cancellationToken)
    {
        Calls.Enqueue(engineCall.PlanFile is null ? $"{stack}: {call}" : $"{stack}: {call} plan={Path.GetFileName(engineCall.PlanFile)}");
        lock (_gate)
        {
            MaxRunning = Math.Max(MaxRunning, ++_running);
        }

        try
        {
            Started(stack);
            await Task.Run(() =>
            {
                foreach (var line in script.Lines)
                {
                    engineCall.OnOutputLine(line);
                }
            }, cancellationToken);
            foreach (var step in script.Steps)
            {
                engineCall.OnResourceStep(step);
            }

            await Hold(stack);
            if (script.Hang)
            {
                // Like the Pulumi CLI: SIGINT (the clean stop) ends the operation with an error once in-flight steps are
                // done; unless the script ignores it, only the forced stop (the token) ends it otherwise.
                var stopped = new TaskCompletionSource();
                using var onStop = engineCall.Stop.Register(() =>
                {
                    Calls.Enqueue($"{stack}: SIGINT");
                    if (!script.IgnoresStop)
                    {
                        stopped.TrySetResult();
                    }
                });
                await Task.WhenAny(stopped.Task, Task.Delay(Timeout.Infinite, cancellationToken));
                cancellationToken.ThrowIfCancellationRequested();
                throw new StackEngineException("error: update canceled");
            }

            return script.FailWith is { } message ? throw new StackEngineException(message) : changes;
        }
        finally
        {
            lock (_gate)
            {
                _running--;
            }
        }
    }

    private sealed class Stack(FakeEngine engine, string name, FakeScript script) : IEngineStack
    {
        public Task<ImmutableArray<string>> SecretValuesAsync(CancellationToken cancellationToken) => Task.FromResult(script.Secrets);

        public Task<ChangeCounts> PreviewAsync(EngineCall call, CancellationToken cancellationToken) =>
            engine.OperateAsync(name, "preview", script, call, script.Changes, cancellationToken);

        public Task<ChangeCounts> UpAsync(EngineCall call, CancellationToken cancellationToken) =>
            engine.OperateAsync(name, "up", script, call, script.Changes, cancellationToken);

        public Task<ChangeCounts> RefreshAsync(EngineCall call, bool previewOnly, CancellationToken cancellationToken) =>
            engine.OperateAsync(name, previewOnly ? "refresh --preview-only" : "refresh", script, call, script.RefreshChanges, cancellationToken);

        public Task<ChangeCounts> DestroyAsync(EngineCall call, CancellationToken cancellationToken) =>
            engine.OperateAsync(name, "destroy", script, call, script.Changes, cancellationToken);

        public Task<ImmutableArray<StackOutputValue>> OutputsAsync(CancellationToken cancellationToken)
        {
            engine.Calls.Enqueue($"{name}: outputs");
            return Task.FromResult(script.Outputs);
        }

        public Task RemoveAsync(CancellationToken cancellationToken)
        {
            engine.Calls.Enqueue($"{name}: remove");
            return script.RemoveFails ? throw new StackEngineException("error: stack still has resources") : Task.CompletedTask;
        }

        public Task CancelAsync(CancellationToken cancellationToken)
        {
            engine.Calls.Enqueue($"{name}: cancel");
            return script.CancelFails ? throw new StackEngineException("error: pulumi cancel is not supported on file backends") : Task.CompletedTask;
        }

        public void Dispose()
        {
        }
    }
}
