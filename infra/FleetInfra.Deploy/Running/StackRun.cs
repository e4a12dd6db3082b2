using System.Collections.Immutable;
using System.Diagnostics;
using FleetInfra.Deploy.Engine;
using FleetInfra.Deploy.Reporting;

namespace FleetInfra.Deploy.Running;

/// <summary>Runs the operation on one stack and turns whatever happens (success, failure, cancel) into a <see cref="StackResult"/>.</summary>
public sealed class StackRun(IStackEngine engine, DeployOptions options, LineSink sink)
{
    /// <summary>How long the engine's own cancel may take after an interrupt.</summary>
    public static readonly TimeSpan CancelGrace = TimeSpan.FromSeconds(30);

    public async Task<StackResult> RunAsync(StackTarget target, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var result = new StackResult { Stack = target.Name, Operation = options.Operation, Outcome = StackOutcome.Succeeded };
        IEngineStack? stack = null;
        var started = false;
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            stack = await engine.OpenAsync(new EngineStackRequest(target.Name, options.ProjectRoot, options.Backend), cancellationToken).ConfigureAwait(false);
            sink.Mask.Add(await stack.SecretValuesAsync(cancellationToken).ConfigureAwait(false));
            started = true;
            result = await OperateAsync(stack, target, result, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Only an update this process started can hold the lock; 'pulumi cancel' on anything else would cancel someone
            // else's update (Pulumi Cloud) or delete every lock file (file and object-store backends).
            var locked = started && stack is not null && options.Operation.Mutates() && !await TryCancelAsync(stack, target).ConfigureAwait(false);
            result = result with
            {
                Outcome = StackOutcome.Cancelled,
                Error = locked ? "interrupted; the stack may still be locked" : "interrupted",
                PossiblyLocked = locked,
            };
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var message = sink.Mask.Apply(FirstLine(ex.Message));
            sink.Write(target.Name, $"failed: {message}");
            result = result with { Outcome = StackOutcome.Failed, Error = message };
        }
        finally
        {
            stack?.Dispose();
        }

        return result with { Duration = clock.Elapsed };
    }

    private async Task<StackResult> OperateAsync(IEngineStack stack, StackTarget target, StackResult result, CancellationToken cancellationToken)
    {
        var call = new EngineCall(sink.For(target.Name));
        var planned = call with { PlanFile = options.PlanDirectory is null || options.NoPlan ? null : options.PlanFile(target.Name) };
        switch (options.Operation)
        {
            case DeployOperation.Preview:
                if (planned.PlanFile is not null)
                {
                    Directory.CreateDirectory(options.PlanDirectory!);
                }

                return result with { Changes = await stack.PreviewAsync(planned, cancellationToken).ConfigureAwait(false) };
            case DeployOperation.Up:
                return result with { Changes = await stack.UpAsync(planned, cancellationToken).ConfigureAwait(false) };
            case DeployOperation.Refresh:
                return result with { Changes = await stack.RefreshAsync(call, previewOnly: false, cancellationToken).ConfigureAwait(false) };
            case DeployOperation.Destroy:
                return result with { Changes = await stack.DestroyAsync(call, cancellationToken).ConfigureAwait(false) };
            case DeployOperation.Drift:
                var refreshed = await stack.RefreshAsync(call, previewOnly: true, cancellationToken).ConfigureAwait(false);
                var previewed = await stack.PreviewAsync(call, cancellationToken).ConfigureAwait(false);
                var drifted = refreshed.Changed > 0 || previewed.Changed > 0;
                sink.Write(target.Name, drifted
                    ? $"drift: refresh found {refreshed.Changed} changed resources, preview {previewed.Changed} pending changes"
                    : "no drift");
                return result with { Changes = previewed, Outcome = drifted ? StackOutcome.Drifted : StackOutcome.Succeeded };
            case DeployOperation.Outputs:
                var outputs = await stack.OutputsAsync(cancellationToken).ConfigureAwait(false);
                sink.Mask.Add(outputs.Where(o => o.IsSecret).Select(o => o.Json));
                var shown = outputs.Select(o => o with { Json = o.IsSecret ? $"\"{SecretMask.Replacement}\"" : sink.Mask.Apply(o.Json) }).ToImmutableArray();
                foreach (var output in shown)
                {
                    sink.Write(target.Name, $"{output.Name} = {output.Json}");
                }

                return result with { Outputs = shown };
            default:
                throw new ArgumentOutOfRangeException(nameof(options), options.Operation, "unknown operation");
        }
    }

    /// <summary>Runs the engine's cancel so that an interrupted update does not keep the stack locked; false when that failed.</summary>
    private async Task<bool> TryCancelAsync(IEngineStack stack, StackTarget target)
    {
        using var grace = new CancellationTokenSource(CancelGrace);
        try
        {
            await stack.CancelAsync(grace.Token).ConfigureAwait(false);
            sink.Write(target.Name, "interrupted; the engine cancelled the running update");
            return true;
        }
        catch (Exception ex)
        {
            sink.Write(target.Name, $"interrupted; the engine's cancel failed ({sink.Mask.Apply(FirstLine(ex.Message))})");
            return false;
        }
    }

    private static string FirstLine(string message) =>
        message.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "failed";
}
