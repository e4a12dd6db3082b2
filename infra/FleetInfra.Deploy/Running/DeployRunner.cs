using System.Collections.Immutable;
using FleetInfra.Deploy.Engine;
using FleetInfra.Deploy.Interrupts;
using FleetInfra.Deploy.Reporting;
using FleetInfra.Deploy.Targets;

namespace FleetInfra.Deploy.Running;

/// <summary>
/// One <c>fleet deploy</c> run: choose the targets, validate them all offline, apply the safety guards, open every
/// stack and learn all their secrets, then run the operation on up to <see cref="DeployOptions.Parallel"/> stacks at
/// once and report every stack. Every exit writes the summaries asked for.
/// </summary>
public sealed class DeployRunner(IStackEngine engine, DeployConsole console)
{
    public async Task<int> RunAsync(DeployOptions options, Interruption interruption)
    {
        var catalog = StackCatalog.Read(options.ProjectRoot);
        var (stacks, targetError) = TargetSelection.Resolve(catalog, options.Stacks, options.All, options.ExpiredAt is null ? options.Shard : null, options.ExpiredAt);
        if (targetError is not null)
        {
            SummaryWriter.WriteFiles(new DeployReport(options.Operation, [], targetError), options);
            return console.Fail(targetError, DeployExitCodes.Usage);
        }

        IReadOnlyList<StackTarget> backendOnly = [];
        if (options.ExpiredAt is { } now)
        {
            try
            {
                (stacks, backendOnly) = await ExpiredReviews.WithBackendAsync(engine, catalog, stacks, options.Backend, now, options.Shard, interruption.Stop).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is StackEngineException or OperationCanceledException)
            {
                var message = $"cannot list the review stacks of the backend: {StackRun.FirstLine(ex.Message)}";
                SummaryWriter.WriteFiles(new DeployReport(options.Operation, [], message), options);
                return console.Fail(message, DeployExitCodes.Failure);
            }
        }

        if (stacks.Count + backendOnly.Count == 0)
        {
            SummaryWriter.WriteFiles(new DeployReport(options.Operation, []), options);
            console.Output.WriteLine(options.ExpiredAt is null ? $"shard {options.Shard} has no stacks; nothing to do" : "no review environment has expired; nothing to do");
            return DeployExitCodes.Success;
        }

        var gate = ValidationGate.Check(catalog, stacks, console.Error);
        IReadOnlyList<StackTarget> valid = [.. gate.Valid, .. backendOnly];
        var invalid = gate.Invalid.Select(stack => Result(options, stack, StackOutcome.Invalid, "failed validation; skipped")).ToList();
        if (gate.Invalid.Count > 0 && !options.KeepGoing)
        {
            SummaryWriter.WriteFiles(Report(options, [.. invalid, .. valid.Select(t => Result(options, t.Name, StackOutcome.Skipped, "not run: other stacks failed validation"))]), options);
            return console.Fail(
                $"{string.Join(", ", gate.Invalid)} failed validation; nothing was run (fix the problems above, or pass --keep-going to run the valid stacks)",
                DeployExitCodes.Failure);
        }

        var refusals = SafetyGuard.Check(options, valid);
        if (refusals.Count > 0)
        {
            foreach (var refusal in refusals)
            {
                console.Error.WriteLine($"fleet deploy: {refusal}");
            }

            var refused = valid.Select(t => SafetyGuard.Check(options, [t]) is { Count: > 0 } own
                ? Result(options, t.Name, StackOutcome.Refused, own[0])
                : Result(options, t.Name, StackOutcome.Skipped, "not run: other stacks were refused"));
            SummaryWriter.WriteFiles(Report(options, [.. invalid, .. refused]), options);
            return DeployExitCodes.Usage;
        }

        using var announce = interruption.Stop.Register(() =>
            console.Error.WriteLine("fleet deploy: interrupted: running stacks are stopping cleanly and nothing new starts; interrupt again to kill them"));
        IReadOnlyList<StackResult> results;
        if (options.Waves)
        {
            var (waves, wavesError) = StackWaves.Of(gate.Valid);
            if (wavesError is not null)
            {
                SummaryWriter.WriteFiles(new DeployReport(options.Operation, [], wavesError), options);
                return console.Fail(wavesError, DeployExitCodes.Usage);
            }

            results = await RunWavesAsync(options, waves!, interruption).ConfigureAwait(false);
        }
        else
        {
            results = await RunStacksAsync(options, valid, interruption).ConfigureAwait(false);
        }

        var report = Report(options, [.. results, .. invalid]);
        ExpiredStackFiles.RemoveDestroyed(options, catalog, results, console.Output);
        SummaryWriter.Write(console, report, options);
        return report.ExitCode;
    }

    private static StackResult Result(DeployOptions options, string stack, StackOutcome outcome, string error) =>
        new() { Stack = stack, Operation = options.Operation, Outcome = outcome, Error = error };

    private static DeployReport Report(DeployOptions options, IEnumerable<StackResult> results) =>
        new(options.Operation, [.. results.OrderBy(r => r.Stack, StringComparer.Ordinal)]);

    /// <summary>
    /// Prints the wave plan, then runs each wave's stacks (in parallel within the wave) and waits the rollout's pause
    /// before the next; a wave with a failed or interrupted stack stops the run, and the later waves are skipped.
    /// </summary>
    private async Task<IReadOnlyList<StackResult>> RunWavesAsync(DeployOptions options, StackWaves.Plan plan, Interruption interruption)
    {
        foreach (var warning in plan.Warnings)
        {
            console.Error.WriteLine(warning);
        }

        console.Output.WriteLine($"wave plan ({plan.Waves.Length} wave{(plan.Waves.Length == 1 ? string.Empty : "s")}, {plan.PauseSeconds}s pause after each):");
        for (var i = 0; i < plan.Waves.Length; i++)
        {
            console.Output.WriteLine($"  wave {i + 1}: {string.Join(", ", plan.Waves[i].Select(t => t.Name))}");
        }

        var results = new List<StackResult>();
        for (var i = 0; i < plan.Waves.Length; i++)
        {
            var wave = i + 1;
            var stopped = results.FirstOrDefault(r => r.Outcome is StackOutcome.Failed or StackOutcome.Cancelled);
            if (stopped is not null || interruption.Stop.IsCancellationRequested)
            {
                var because = stopped is null ? "interrupted" : $"wave {stopped.Wave} failed ({stopped.Stack})";
                results.AddRange(plan.Waves[i].Select(t => Result(options, t.Name, StackOutcome.Skipped, $"not run: {because}") with { Wave = wave }));
                continue;
            }

            if (i > 0 && plan.PauseSeconds > 0)
            {
                console.Output.WriteLine($"wave {i} succeeded; pausing {plan.PauseSeconds}s before wave {wave}");
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(plan.PauseSeconds), interruption.Stop).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    results.AddRange(plan.Waves[i].Select(t => Result(options, t.Name, StackOutcome.Skipped, "not run: interrupted") with { Wave = wave }));
                    continue;
                }
            }

            console.Output.WriteLine($"wave {wave}: {string.Join(", ", plan.Waves[i].Select(t => t.Name))}");
            var ran = await RunStacksAsync(options, plan.Waves[i], interruption).ConfigureAwait(false);
            results.AddRange(ran.Select(r => r with { Wave = wave }));
        }

        return results;
    }

    private async Task<IReadOnlyList<StackResult>> RunStacksAsync(DeployOptions options, IReadOnlyList<StackTarget> targets, Interruption interruption)
    {
        var sink = new LineSink(console.Output, new SecretMask());
        using var slots = new SemaphoreSlim(options.Parallel);

        // Every stack's secrets are known before any stack runs, so that no stack's output can show another's.
        var opened = await Task.WhenAll(targets.Select(target => InSlotAsync(slots, interruption,
            () => OpenAsync(target, options, sink, interruption), () => new Opened(null, NotStarted(options, target))))).ConfigureAwait(false);
        try
        {
            var run = new StackRun(options, sink, interruption);
            var results = await Task.WhenAll(targets.Zip(opened).Select(pair => pair.Second.Stack is { } stack
                ? InSlotAsync(slots, interruption, () => run.RunAsync(pair.First, stack), () => NotStarted(options, pair.First))
                : Task.FromResult(pair.Second.Failure!))).ConfigureAwait(false);
            return await ExpiredReviews.RemoveStateAsync(options, [.. opened.Select(o => o.Stack)], results, sink, interruption.Stop).ConfigureAwait(false);
        }
        finally
        {
            foreach (var (stack, _) in opened)
            {
                stack?.Dispose();
            }
        }
    }

    private sealed record Opened(IEngineStack? Stack, StackResult? Failure);

    private async Task<Opened> OpenAsync(StackTarget target, DeployOptions options, LineSink sink, Interruption interruption)
    {
        IEngineStack? stack = null;
        try
        {
            // drift only looks: a stack that does not exist in the backend is an error, not created.
            var create = options.Operation is DeployOperation.Preview or DeployOperation.Up;
            var runsProgram = options.Operation is DeployOperation.Preview or DeployOperation.Up or DeployOperation.Drift;
            stack = await engine.OpenAsync(new EngineStackRequest(target.Name, options.ProjectRoot, options.Backend, create, runsProgram), interruption.Stop).ConfigureAwait(false);
            sink.Mask.Add(await stack.SecretValuesAsync(interruption.Stop).ConfigureAwait(false));
            return new Opened(stack, null);
        }
        catch (OperationCanceledException) when (interruption.Stop.IsCancellationRequested)
        {
            stack?.Dispose();
            return new Opened(null, NotStarted(options, target));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            stack?.Dispose();
            var message = sink.Mask.Apply(StackRun.FirstLine(ex.Message));
            sink.Write(target.Name, $"failed: {message}");
            return new Opened(null, Result(options, target.Name, StackOutcome.Failed, message));
        }
    }

    private static StackResult NotStarted(DeployOptions options, StackTarget target) =>
        Result(options, target.Name, StackOutcome.Cancelled, "interrupted before it started");

    /// <summary>Runs <paramref name="work"/> in one of the <see cref="DeployOptions.Parallel"/> slots, or <paramref name="interrupted"/> when an interrupt comes first.</summary>
    private static async Task<T> InSlotAsync<T>(SemaphoreSlim slots, Interruption interruption, Func<Task<T>> work, Func<T> interrupted)
    {
        try
        {
            await slots.WaitAsync(interruption.Stop).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return interrupted();
        }

        try
        {
            return await work().ConfigureAwait(false);
        }
        finally
        {
            slots.Release();
        }
    }
}
