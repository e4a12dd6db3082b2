using System.Collections.Immutable;
using System.Text.Json;
using FleetInfra.Deploy.Engine;
using FleetInfra.Deploy.Running;

namespace FleetInfra.Deploy.Targets;

/// <summary>
/// The expired review environments that exist only in the backend: CI writes a review's stack file in its job and never
/// commits it, so the nightly <c>destroy --expired</c> finds them by the engine's stack listing. A backend stack is a
/// review environment only when its own outputs say so: the program of an apps-only stack exports <c>clustersFrom</c>,
/// <c>expiresAt</c> and <c>environment</c> (infra/FleetInfra.Program/AppsOnlyProgram.cs). Any other stack (one with a
/// stack file, which its file decides; one without those outputs; one never updated) is never a target.
/// </summary>
public static class BackendReviewStacks
{
    public const string ClustersFromOutput = "clustersFrom";

    public const string ExpiresAtOutput = "expiresAt";

    public const string EnvironmentOutput = "environment";

    /// <summary>The target of a backend stack with these outputs when it is a review environment expired at <paramref name="now"/>; null otherwise.</summary>
    public static StackTarget? ExpiredTarget(string stack, IReadOnlyList<StackOutputValue> outputs, DateTimeOffset now)
    {
        string? Text(string name) => outputs.FirstOrDefault(o => o.Name == name) is { } output
            && JsonDocument.Parse(output.Json).RootElement is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

        return Text(ClustersFromOutput) is { Length: > 0 }
            && Core.Review.ReviewTtl.ParseInstant(Text(ExpiresAtOutput) ?? string.Empty) is { } expiresAt && expiresAt <= now
            // The environment decides production as for any stack (StackTarget.IsProduction): the safety guard refuses it.
            ? new StackTarget(stack, Text(EnvironmentOutput) ?? stack, Protect: false)
            : null;
    }

    /// <summary>The expired review environments of the backend that have no stack file in <paramref name="catalog"/>, by name.</summary>
    public static async Task<IReadOnlyList<StackTarget>> ExpiredAsync(IStackEngine engine, StackCatalog catalog, string? backend, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var names = await engine.ListStacksAsync(catalog.ProjectRoot, backend, cancellationToken).ConfigureAwait(false);
        var expired = new List<StackTarget>();
        foreach (var name in names.Where(n => !catalog.Names.Contains(n, StringComparer.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stack = await engine.OpenAsync(new EngineStackRequest(name, catalog.ProjectRoot, backend, Create: false), cancellationToken).ConfigureAwait(false);
            if (ExpiredTarget(name, await stack.OutputsAsync(cancellationToken).ConfigureAwait(false), now) is { } target)
            {
                expired.Add(target);
            }
        }

        return expired;
    }
}
