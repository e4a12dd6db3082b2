using System.Collections.Immutable;
using System.Text.Json;
using FleetInfra.Deploy.Engine;
using Pulumi.Automation;
using Pulumi.Automation.Events;

namespace FleetInfra.Deploy.Automation;

/// <summary>
/// One selected <see cref="WorkspaceStack"/>. Counts come from the engine's summary event of the operation itself
/// (a refresh in preview mode writes no history), falling back to the result the library returns.
/// </summary>
internal sealed class AutomationStack(WorkspaceStack stack) : IEngineStack
{
    public async Task<ImmutableArray<string>> SecretValuesAsync(CancellationToken cancellationToken)
    {
        var config = await Guard(() => stack.GetAllConfigAsync(cancellationToken)).ConfigureAwait(false);
        var outputs = await Guard(() => stack.GetOutputsAsync(cancellationToken)).ConfigureAwait(false);
        return
        [
            .. config.Values.Where(v => v.IsSecret).Select(v => v.Value),
            .. outputs.Values.Where(o => o.IsSecret).Select(o => o.Value as string ?? JsonSerializer.Serialize(o.Value)),
        ];
    }

    public Task<ChangeCounts> PreviewAsync(EngineCall call, CancellationToken cancellationToken) => Counted(call, async onEvent =>
    {
        var result = await stack.PreviewAsync(
            new PreviewOptions { OnStandardOutput = call.OnOutputLine, OnStandardError = call.OnOutputLine, OnEvent = onEvent, Plan = call.PlanFile },
            cancellationToken).ConfigureAwait(false);
        return result.ChangeSummary;
    });

    public Task<ChangeCounts> UpAsync(EngineCall call, CancellationToken cancellationToken) => Counted(call, async onEvent =>
    {
        var result = await stack.UpAsync(
            new UpOptions { OnStandardOutput = call.OnOutputLine, OnStandardError = call.OnOutputLine, OnEvent = onEvent, Plan = call.PlanFile, ShowSecrets = false },
            cancellationToken).ConfigureAwait(false);
        return result.Summary.ResourceChanges;
    });

    public Task<ChangeCounts> RefreshAsync(EngineCall call, bool previewOnly, CancellationToken cancellationToken) => Counted(call, async onEvent =>
    {
        var result = await stack.RefreshAsync(
            new RefreshOptions { OnStandardOutput = call.OnOutputLine, OnStandardError = call.OnOutputLine, OnEvent = onEvent, PreviewOnly = previewOnly, ShowSecrets = false },
            cancellationToken).ConfigureAwait(false);
        return previewOnly ? null : result.Summary.ResourceChanges;
    });

    public Task<ChangeCounts> DestroyAsync(EngineCall call, CancellationToken cancellationToken) => Counted(call, async onEvent =>
    {
        var result = await stack.DestroyAsync(
            new DestroyOptions { OnStandardOutput = call.OnOutputLine, OnStandardError = call.OnOutputLine, OnEvent = onEvent, ShowSecrets = false },
            cancellationToken).ConfigureAwait(false);
        return result.Summary.ResourceChanges;
    });

    public async Task<ImmutableArray<StackOutputValue>> OutputsAsync(CancellationToken cancellationToken)
    {
        var outputs = await Guard(() => stack.GetOutputsAsync(cancellationToken)).ConfigureAwait(false);
        return [.. outputs.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => new StackOutputValue(o.Key, JsonSerializer.Serialize(o.Value.Value), o.Value.IsSecret))];
    }

    public Task CancelAsync(CancellationToken cancellationToken) => Guard(async () =>
    {
        await stack.CancelAsync(cancellationToken).ConfigureAwait(false);
        return true;
    });

    public void Dispose()
    {
        stack.Dispose();
        stack.Workspace.Dispose();
    }

    /// <summary>Runs an operation, preferring the counts of its summary event; plans need the CLI's experimental mode.</summary>
    private async Task<ChangeCounts> Counted(EngineCall call, Func<Action<EngineEvent>, Task<IEnumerable<KeyValuePair<OperationType, int>>?>> operation)
    {
        if (call.PlanFile is not null)
        {
            stack.Workspace.EnvironmentVariables ??= new Dictionary<string, string?>();
            stack.Workspace.EnvironmentVariables["PULUMI_EXPERIMENTAL"] = "true";
        }

        SummaryEvent? summary = null;
        var fallback = await Guard(() => operation(e => summary = e.SummaryEvent ?? summary)).ConfigureAwait(false);
        return ChangeSummary.From(summary?.ResourceChanges ?? fallback);
    }

    private static async Task<T> Guard<T>(Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw EngineFailure.From(ex);
        }
    }
}
