using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using FleetInfra.Deploy.Engine;
using FleetInfra.Deploy.Interrupts;
using FleetInfra.Deploy.Reporting;

namespace FleetInfra.Deploy.Running;

/// <summary>
/// Runs the operation on one opened stack and turns whatever happens (success, failure, a clean stop, a forced one)
/// into a <see cref="StackResult"/>.
/// </summary>
public sealed class StackRun(DeployOptions options, LineSink sink, Interruption interruption)
{
    /// <summary>How long the engine's own cancel may take after a forced stop.</summary>
    public static readonly TimeSpan CancelGrace = TimeSpan.FromSeconds(30);

    public async Task<StackResult> RunAsync(StackTarget target, IEngineStack stack)
    {
        var clock = Stopwatch.StartNew();
        var result = new StackResult { Stack = target.Name, Operation = options.Operation, Outcome = StackOutcome.Succeeded };
        var steps = new ConcurrentQueue<ResourceStep>();
        var operationStarted = false;
        try
        {
            var call = new EngineCall(sink.For(target.Name))
            {
                Stop = interruption.ForwardStop,
                OnResourceStep = step =>
                {
                    if (step.Operation != "same")
                    {
                        steps.Enqueue(step);
                    }
                },
            };
            result = await OperateAsync(stack, target, call, result, () => operationStarted = true).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (interruption.Stop.IsCancellationRequested)
        {
            // Killed, or stopped before it started. Only an update this process started can hold the lock; 'pulumi
            // cancel' on anything else would cancel someone else's update (Pulumi Cloud) or delete every lock file
            // (file and object-store backends).
            var killed = operationStarted && interruption.Force.IsCancellationRequested;
            var locked = killed && options.Operation.Mutates() && !await TryCancelAsync(stack, target).ConfigureAwait(false);
            result = result with
            {
                Outcome = StackOutcome.Cancelled,
                Error = !operationStarted ? "interrupted before it started" : locked ? "interrupted and killed; the stack may still be locked" : killed ? "interrupted and killed" : "interrupted",
                PossiblyLocked = locked,
            };
        }
        catch (Exception ex) when (ex is not OperationCanceledException && interruption.Stop.IsCancellationRequested)
        {
            // The engine ended after the clean stop it was asked for: it released the lock itself.
            sink.Write(target.Name, "interrupted; the engine stopped cleanly");
            result = result with { Outcome = StackOutcome.Cancelled, Error = "interrupted; stopped cleanly" };
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var message = sink.Mask.Apply(FirstLine(ex.Message));
            sink.Write(target.Name, $"failed: {message}");
            result = result with { Outcome = StackOutcome.Failed, Error = message };
        }

        return result with { Duration = clock.Elapsed, Steps = [.. steps] };
    }

    private async Task<StackResult> OperateAsync(IEngineStack stack, StackTarget target, EngineCall call, StackResult result, Action started)
    {
        var planned = call with { PlanFile = options.PlanDirectory is null || options.NoPlan ? null : options.PlanFile(target.Name) };
        var kill = interruption.Force;

        // Nothing new starts after an interrupt: each engine call is announced (and checked) right before it runs.
        void Start()
        {
            interruption.Stop.ThrowIfCancellationRequested();
            started();
        }

        switch (options.Operation)
        {
            case DeployOperation.Preview:
                if (planned.PlanFile is not null)
                {
                    Directory.CreateDirectory(options.PlanDirectory!);
                }

                Start();
                return result with { Changes = await stack.PreviewAsync(planned, kill).ConfigureAwait(false) };
            case DeployOperation.Up:
                Start();
                return result with { Changes = await stack.UpAsync(planned, kill).ConfigureAwait(false) };
            case DeployOperation.Refresh:
                Start();
                return result with { Changes = await stack.RefreshAsync(call, previewOnly: false, kill).ConfigureAwait(false) };
            case DeployOperation.Destroy:
                Start();
                return result with { Changes = await stack.DestroyAsync(call, kill).ConfigureAwait(false) };
            case DeployOperation.Drift:
                Start();
                var refreshed = await stack.RefreshAsync(call, previewOnly: true, kill).ConfigureAwait(false);
                Start();
                var previewed = await stack.PreviewAsync(call, kill).ConfigureAwait(false);
                var outcome = refreshed.Changed > 0 ? StackOutcome.Drifted : previewed.Changed > 0 ? StackOutcome.Pending : StackOutcome.Succeeded;
                sink.Write(target.Name, outcome == StackOutcome.Succeeded
                    ? "no drift: the cloud matches the state and the program has no pending changes"
                    : $"drift: the refresh found {refreshed.Changed} resources changed in the cloud; the preview found {previewed.Changed} pending program changes");
                return result with { Changes = previewed, Refresh = refreshed, Outcome = outcome };
            case DeployOperation.Outputs:
                Start();
                var outputs = await stack.OutputsAsync(interruption.Stop).ConfigureAwait(false);
                sink.Mask.Add(outputs.SelectMany(o => o.IsSecret ? [o.Json] : SecretLeaves.Of(o.Json, o.MaskedJson)));
                var shown = outputs.Select(o => o with { Json = o.IsSecret ? $"\"{SecretMask.Replacement}\"" : sink.Mask.Apply(o.MaskedJson ?? o.Json), MaskedJson = null }).ToImmutableArray();
                foreach (var output in shown)
                {
                    sink.Write(target.Name, $"{output.Name} = {output.Json}");
                }

                return result with { Outputs = shown };
            default:
                throw new ArgumentOutOfRangeException(nameof(options), options.Operation, "unknown operation");
        }
    }

    /// <summary>Runs the engine's cancel so that a killed update does not keep the stack locked; false when that failed.</summary>
    private async Task<bool> TryCancelAsync(IEngineStack stack, StackTarget target)
    {
        using var grace = new CancellationTokenSource(CancelGrace);
        try
        {
            await stack.CancelAsync(grace.Token).ConfigureAwait(false);
            sink.Write(target.Name, "interrupted; the engine cancelled the killed update");
            return true;
        }
        catch (Exception ex)
        {
            sink.Write(target.Name, $"interrupted; the engine's cancel failed ({sink.Mask.Apply(FirstLine(ex.Message))})");
            return false;
        }
    }

    internal static string FirstLine(string message) =>
        message.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "failed";
}
