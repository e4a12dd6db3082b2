using System.Collections.Immutable;
using FleetInfra.Deploy.Engine;
using FleetInfra.Deploy.Reporting;
using FleetInfra.Deploy.Targets;

namespace FleetInfra.Deploy.Running;

/// <summary>
/// One <c>fleet deploy</c> run: choose the targets, validate them all offline, apply the safety guards, then run the
/// operation on up to <see cref="DeployOptions.Parallel"/> stacks at once and report every stack.
/// </summary>
public sealed class DeployRunner(IStackEngine engine, DeployConsole console)
{
    public async Task<int> RunAsync(DeployOptions options, CancellationToken cancellationToken)
    {
        var catalog = StackCatalog.Read(options.ProjectRoot);
        var (stacks, targetError) = TargetSelection.Resolve(catalog, options.Stacks, options.All, options.Shard);
        if (targetError is not null)
        {
            return console.Fail(targetError, DeployExitCodes.Usage);
        }

        if (stacks.Count == 0)
        {
            console.Output.WriteLine($"shard {options.Shard} has no stacks; nothing to do");
            return DeployExitCodes.Success;
        }

        var gate = ValidationGate.Check(catalog, stacks, console.Error);
        if (gate.Invalid.Count > 0 && !options.KeepGoing)
        {
            return console.Fail(
                $"{string.Join(", ", gate.Invalid)} failed validation; nothing was run (fix the problems above, or pass --keep-going to run the valid stacks)",
                DeployExitCodes.Failure);
        }

        var refusals = SafetyGuard.Check(options, gate.Valid);
        if (refusals.Count > 0)
        {
            foreach (var refusal in refusals)
            {
                console.Error.WriteLine($"fleet deploy: {refusal}");
            }

            return DeployExitCodes.Usage;
        }

        var results = await RunStacksAsync(options, gate.Valid, cancellationToken).ConfigureAwait(false);
        var invalid = gate.Invalid.Select(stack => new StackResult
        {
            Stack = stack,
            Operation = options.Operation,
            Outcome = StackOutcome.Invalid,
            Error = "failed validation; skipped",
        });
        var report = new DeployReport(options.Operation, [.. results.Concat(invalid).OrderBy(r => r.Stack, StringComparer.Ordinal)]);
        SummaryWriter.Write(console, report, options);
        return report.ExitCode;
    }

    private async Task<IReadOnlyList<StackResult>> RunStacksAsync(DeployOptions options, IReadOnlyList<StackTarget> targets, CancellationToken cancellationToken)
    {
        var sink = new LineSink(console.Output, new SecretMask());
        var run = new StackRun(engine, options, sink);
        using var slots = new SemaphoreSlim(options.Parallel);
        var tasks = targets.Select(async target =>
        {
            try
            {
                await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return new StackResult { Stack = target.Name, Operation = options.Operation, Outcome = StackOutcome.Cancelled, Error = "interrupted before it started" };
            }

            try
            {
                return await run.RunAsync(target, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                slots.Release();
            }
        }).ToList();
        return await Task.WhenAll(tasks).ConfigureAwait(false);
    }
}
