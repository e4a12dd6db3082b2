using System.Collections.Immutable;
using System.Text.Json;
using FleetInfra.Core.Review;
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
    /// <summary>The target of a backend stack with these outputs when it is a review environment expired at <paramref name="now"/>; null otherwise.</summary>
    public static StackTarget? ExpiredTarget(string stack, IReadOnlyList<StackOutputValue> outputs, DateTimeOffset now)
    {
        var text = Texts(outputs);
        return text(ReviewOutputs.ClustersFrom) is { Length: > 0 }
            && ReviewTtl.ParseInstant(text(ReviewOutputs.ExpiresAt) ?? string.Empty) is { } expiresAt && expiresAt <= now
            // The environment decides production as for any stack (StackTarget.IsProduction): the safety guard refuses it.
            ? new StackTarget(stack, text(ReviewOutputs.Environment) ?? stack, Protect: false)
            : null;
    }

    /// <summary>
    /// The idle review of a backend stack with these outputs (<c>lastChangeAt</c>, <c>idleAfter</c>, <c>suspended</c>, as
    /// its stack file said at its last update) when it is idle at <paramref name="now"/>; null otherwise.
    /// </summary>
    public static IdleReview? IdleTarget(string stack, IReadOnlyList<StackOutputValue> outputs, DateTimeOffset now)
    {
        var text = Texts(outputs);
        if (text(ReviewOutputs.ClustersFrom) is not { Length: > 0 } clustersFrom
            || ReviewTtl.ParseInstant(text(ReviewOutputs.LastChangeAt) ?? string.Empty) is not { } lastChangeAt)
        {
            return null;
        }

        var idleAfter = ReviewTtl.Parse(text(ReviewOutputs.IdleAfter) ?? string.Empty, out _) ?? ReviewIdleness.DefaultIdleAfter;
        var suspended = outputs.FirstOrDefault(o => o.Name == ReviewOutputs.Suspended) is { } output && JsonDocument.Parse(output.Json).RootElement.ValueKind == JsonValueKind.True;
        return IdleReview.When(stack, text(ReviewOutputs.Environment) ?? stack, clustersFrom, text(ReviewOutputs.ExpiresAt), new ReviewIdleness(lastChangeAt, idleAfter, suspended), now);
    }

    /// <summary>The idle review environments of the backend that have no stack file in <paramref name="catalog"/>, by name.</summary>
    public static Task<IReadOnlyList<IdleReview>> IdleAsync(IStackEngine engine, StackCatalog catalog, string? backend, DateTimeOffset now, CancellationToken cancellationToken) =>
        BackendOnlyAsync(engine, catalog, backend, (name, outputs) => IdleTarget(name, outputs, now), cancellationToken);

    /// <summary>A string output by name; null when absent or not a string.</summary>
    private static Func<string, string?> Texts(IReadOnlyList<StackOutputValue> outputs) => name =>
        outputs.FirstOrDefault(o => o.Name == name) is { } output
        && JsonDocument.Parse(output.Json).RootElement is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    /// <summary>The expired review environments of the backend that have no stack file in <paramref name="catalog"/>, by name.</summary>
    public static Task<IReadOnlyList<StackTarget>> ExpiredAsync(IStackEngine engine, StackCatalog catalog, string? backend, DateTimeOffset now, CancellationToken cancellationToken) =>
        BackendOnlyAsync(engine, catalog, backend, (name, outputs) => ExpiredTarget(name, outputs, now), cancellationToken);

    /// <summary>What <paramref name="select"/> makes of each backend stack without a stack file in <paramref name="catalog"/>, by name, nulls left out.</summary>
    private static async Task<IReadOnlyList<T>> BackendOnlyAsync<T>(
        IStackEngine engine, StackCatalog catalog, string? backend, Func<string, IReadOnlyList<StackOutputValue>, T?> select, CancellationToken cancellationToken)
        where T : class
    {
        var names = await engine.ListStacksAsync(catalog.ProjectRoot, backend, cancellationToken).ConfigureAwait(false);
        var found = new List<T>();
        foreach (var name in names.Where(n => !catalog.Names.Contains(n, StringComparer.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stack = await engine.OpenAsync(new EngineStackRequest(name, catalog.ProjectRoot, backend, Create: false), cancellationToken).ConfigureAwait(false);
            if (select(name, await stack.OutputsAsync(cancellationToken).ConfigureAwait(false)) is { } target)
            {
                found.Add(target);
            }
        }

        return found;
    }
}
