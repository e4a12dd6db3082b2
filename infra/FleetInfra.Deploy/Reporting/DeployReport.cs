using System.Collections.Immutable;
using FleetInfra.Deploy.Running;

namespace FleetInfra.Deploy.Reporting;

/// <summary>
/// The whole run: one result per targeted stack, in name order, and the exit code it earns; <see cref="Error"/> when
/// the run could not choose its stacks at all.
/// </summary>
public sealed record DeployReport(DeployOperation Operation, ImmutableArray<StackResult> Stacks, string? Error = null)
{
    public int ExitCode =>
        Error is not null ? DeployExitCodes.Usage
        : Stacks.Any(s => s.Outcome == StackOutcome.Cancelled) ? DeployExitCodes.Interrupted
        : Stacks.Any(s => s.Outcome == StackOutcome.Refused) ? DeployExitCodes.Usage
        : Stacks.Any(s => s.Outcome is StackOutcome.Failed or StackOutcome.Invalid) ? DeployExitCodes.Failure
        : Stacks.Any(s => s.Outcome is StackOutcome.Drifted or StackOutcome.Pending) ? DeployExitCodes.Drift
        : DeployExitCodes.Success;

    public IEnumerable<string> PossiblyLocked => Stacks.Where(s => s.PossiblyLocked).Select(s => s.Stack);
}
