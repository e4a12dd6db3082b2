using System.Text.Json;
using FleetInfra.Deploy.Engine;
using FleetInfra.Deploy.Reporting;
using FleetInfra.Deploy.Running;
using FleetInfra.Deploy.Targets;

namespace FleetInfra.Deploy.Commands;

/// <summary>
/// <c>fleet deploy targets --idle</c>: the review environments to suspend, from the stack files (<see cref="IdleStacks"/>)
/// and, unless <c>--files-only</c>, from the backend's review stacks without a file, by their outputs
/// (<see cref="BackendReviewStacks.IdleTarget"/>); a JSON array of <see cref="IdleReview"/> by stack name.
/// </summary>
internal static class IdleTargets
{
    public static int Print(DeployConsole console, IStackEngine? engine, StackCatalog catalog, string? backend, bool filesOnly, DateTimeOffset now)
    {
        var files = IdleStacks.In(catalog, now);
        var gate = ValidationGate.Check(catalog, [.. files.Select(f => f.Stack)], console.Error);
        if (gate.Invalid.Count > 0)
        {
            return console.Fail($"no targets: {string.Join(", ", gate.Invalid)} {(gate.Invalid.Count == 1 ? "is" : "are")} invalid (see above)", DeployExitCodes.Failure);
        }

        IReadOnlyList<IdleReview> backendOnly = [];
        if (!filesOnly && engine is not null)
        {
            try
            {
                backendOnly = BackendReviewStacks.IdleAsync(engine, catalog, backend, now, CancellationToken.None).GetAwaiter().GetResult();
            }
            catch (StackEngineException ex)
            {
                return console.Fail($"cannot list the review stacks of the backend: {StackRun.FirstLine(ex.Message)}", DeployExitCodes.Failure);
            }
        }

        IReadOnlyList<IdleReview> idle = [.. files.Concat(backendOnly).OrderBy(r => r.Stack, StringComparer.Ordinal)];
        console.Output.WriteLine(JsonSerializer.Serialize(idle, DeployJson.Default.IReadOnlyListIdleReview));
        return DeployExitCodes.Success;
    }
}
