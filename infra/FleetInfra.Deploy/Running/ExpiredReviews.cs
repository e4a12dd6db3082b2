using FleetInfra.Deploy.Engine;
using FleetInfra.Deploy.Reporting;

namespace FleetInfra.Deploy.Running;

/// <summary><c>--expired</c>: the review environments of stack files and of the backend as one set of targets, and their state removed once destroyed.</summary>
internal static class ExpiredReviews
{
    /// <summary>The expired review stack files (<paramref name="files"/>) with those found only in the backend, the part <paramref name="shard"/> runs.</summary>
    public static async Task<(IReadOnlyList<string> Files, IReadOnlyList<StackTarget> BackendOnly)> WithBackendAsync(
        IStackEngine engine, Targets.StackCatalog catalog, IReadOnlyList<string> files, string? backend, DateTimeOffset now, Targets.Shard? shard, CancellationToken cancellationToken) =>
        Shard(files, await Targets.BackendReviewStacks.ExpiredAsync(engine, catalog, backend, now, cancellationToken).ConfigureAwait(false), shard);

    /// <summary>The part of both sets that <paramref name="shard"/> runs: the stacks of both in one name order, dealt as for any targets.</summary>
    private static (IReadOnlyList<string> Files, IReadOnlyList<StackTarget> BackendOnly) Shard(IReadOnlyList<string> files, IReadOnlyList<StackTarget> backendOnly, Targets.Shard? shard)
    {
        if (shard is null)
        {
            return (files, backendOnly);
        }

        var chosen = shard.Select([.. files, .. backendOnly.Select(t => t.Name)]).ToHashSet(StringComparer.Ordinal);
        return ([.. files.Where(chosen.Contains)], [.. backendOnly.Where(t => chosen.Contains(t.Name))]);
    }

    /// <summary>
    /// After <c>destroy --expired</c>: the state of every review environment destroyed is removed from the backend
    /// (<c>pulumi stack rm</c>), so it is not listed again. A stack whose destroy or removal failed stays for the next run.
    /// </summary>
    public static async Task<StackResult[]> RemoveStateAsync(DeployOptions options, IReadOnlyList<IEngineStack?> stacks, StackResult[] results, LineSink sink, CancellationToken cancellationToken)
    {
        if (options is not { Operation: DeployOperation.Destroy, ExpiredAt: not null })
        {
            return results;
        }

        for (var i = 0; i < results.Length; i++)
        {
            if (results[i].Outcome != StackOutcome.Succeeded || stacks[i] is not { } stack)
            {
                continue;
            }

            try
            {
                await stack.RemoveAsync(cancellationToken).ConfigureAwait(false);
                sink.Write(results[i].Stack, "removed its state from the backend");
            }
            catch (StackEngineException ex)
            {
                var message = sink.Mask.Apply($"destroyed, but removing its state failed: {StackRun.FirstLine(ex.Message)}");
                sink.Write(results[i].Stack, message);
                results[i] = results[i] with { Outcome = StackOutcome.Failed, Error = message };
            }
        }

        return results;
    }
}
