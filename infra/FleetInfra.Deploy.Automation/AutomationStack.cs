using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.Json;
using FleetInfra.Deploy.Engine;
using FleetInfra.Deploy.Running;
using Pulumi.Automation;
using Pulumi.Automation.Commands;
using Pulumi.Automation.Events;

namespace FleetInfra.Deploy.Automation;

/// <summary>
/// One selected <see cref="WorkspaceStack"/>. Counts come from the engine's summary event of the operation itself
/// (a refresh in preview mode writes no history), falling back to the result the library returns; resource steps and
/// error lines come from the engine's events too.
/// </summary>
internal sealed class AutomationStack(WorkspaceStack stack, PulumiCommand command) : IEngineStack
{
    public async Task<ImmutableArray<string>> SecretValuesAsync(CancellationToken cancellationToken)
    {
        var config = await Guard(() => stack.GetAllConfigAsync(cancellationToken)).ConfigureAwait(false);
        var outputs = await OutputsAsync(cancellationToken).ConfigureAwait(false);
        return
        [
            .. config.Values.Where(v => v.IsSecret).Select(v => v.Value),
            .. outputs.SelectMany(o => o.IsSecret ? [Unquoted(o.Json)] : SecretLeaves.Of(o.Json, o.MaskedJson)),
        ];
    }

    public Task<ChangeCounts> PreviewAsync(EngineCall call, CancellationToken cancellationToken) => Counted(call, requireSummary: false, async onEvent =>
    {
        var result = await stack.PreviewAsync(
            new PreviewOptions { OnStandardOutput = call.OnOutputLine, OnStandardError = call.OnOutputLine, OnEvent = onEvent, Plan = call.PlanFile },
            cancellationToken).ConfigureAwait(false);
        return result.ChangeSummary;
    });

    public Task<ChangeCounts> UpAsync(EngineCall call, CancellationToken cancellationToken) => Counted(call, requireSummary: false, async onEvent =>
    {
        var result = await stack.UpAsync(
            new UpOptions { OnStandardOutput = call.OnOutputLine, OnStandardError = call.OnOutputLine, OnEvent = onEvent, Plan = call.PlanFile, ShowSecrets = false },
            cancellationToken).ConfigureAwait(false);
        return result.Summary.ResourceChanges;
    });

    // A refresh in preview mode writes no history, so its summary event is the only count there is: without it,
    // "nothing changed" would be a guess.
    public Task<ChangeCounts> RefreshAsync(EngineCall call, bool previewOnly, CancellationToken cancellationToken) => Counted(call, requireSummary: previewOnly, async onEvent =>
    {
        var result = await stack.RefreshAsync(
            new RefreshOptions { OnStandardOutput = call.OnOutputLine, OnStandardError = call.OnOutputLine, OnEvent = onEvent, PreviewOnly = previewOnly, ShowSecrets = false },
            cancellationToken).ConfigureAwait(false);
        return previewOnly ? null : result.Summary.ResourceChanges;
    });

    public Task<ChangeCounts> DestroyAsync(EngineCall call, CancellationToken cancellationToken) => Counted(call, requireSummary: false, async onEvent =>
    {
        var result = await stack.DestroyAsync(
            new DestroyOptions { OnStandardOutput = call.OnOutputLine, OnStandardError = call.OnOutputLine, OnEvent = onEvent, ShowSecrets = false },
            cancellationToken).ConfigureAwait(false);
        return result.Summary.ResourceChanges;
    });

    /// <summary>
    /// The plaintext and the CLI's masked copy of every output. <c>WorkspaceStack.GetOutputsAsync</c> reads both too
    /// (LocalWorkspace.GetStackOutputsAsync, v3.112.1) but keeps only whether a whole value is <c>[secret]</c>, which
    /// loses secrets nested in an object.
    /// </summary>
    public async Task<ImmutableArray<StackOutputValue>> OutputsAsync(CancellationToken cancellationToken)
    {
        var masked = await ReadOutputsAsync(showSecrets: false, cancellationToken).ConfigureAwait(false);
        var plain = await ReadOutputsAsync(showSecrets: true, cancellationToken).ConfigureAwait(false);
        return
        [
            .. plain.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o =>
            {
                var maskedJson = masked.TryGetValue(o.Key, out var m) ? m.GetRawText() : null;
                var json = o.Value.GetRawText();
                return new StackOutputValue(o.Key, json, maskedJson == $"\"{SecretMask.Replacement}\"" && json != maskedJson, maskedJson);
            }),
        ];
    }

    /// <summary><c>Workspace.RemoveStackAsync</c>: <c>pulumi stack rm --yes NAME</c>, which refuses a stack that still has resources (v3.112.1 LocalWorkspace.cs).</summary>
    public Task RemoveAsync(CancellationToken cancellationToken) => Guard(async () =>
    {
        await stack.Workspace.RemoveStackAsync(stack.Name, cancellationToken).ConfigureAwait(false);
        return true;
    });

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

    private async Task<Dictionary<string, JsonElement>> ReadOutputsAsync(bool showSecrets, CancellationToken cancellationToken)
    {
        string[] arguments = showSecrets ? ["stack", "output", "--json", "--show-secrets", "--stack", stack.Name] : ["stack", "output", "--json", "--stack", stack.Name];
        var result = await Guard(() => command.RunAsync(arguments, stack.Workspace.WorkDir, stack.Workspace.EnvironmentVariables ?? new Dictionary<string, string?>(), cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(result.StandardOutput))
        {
            return [];
        }

        using var document = JsonDocument.Parse(result.StandardOutput);
        return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
    }

    private static string Unquoted(string json) =>
        JsonDocument.Parse(json) is var document && document.RootElement.ValueKind == JsonValueKind.String ? document.RootElement.GetString()! : json;

    /// <summary>
    /// Runs an operation: steps and error lines from the engine's events, counts from its summary event, and SIGINT
    /// to the CLI on the first interrupt; plans need the CLI's experimental mode.
    /// </summary>
    private async Task<ChangeCounts> Counted(EngineCall call, bool requireSummary, Func<Action<EngineEvent>, Task<IEnumerable<KeyValuePair<OperationType, int>>?>> operation)
    {
        if (call.PlanFile is not null)
        {
            stack.Workspace.EnvironmentVariables ??= new Dictionary<string, string?>();
            stack.Workspace.EnvironmentVariables["PULUMI_EXPERIMENTAL"] = "true";
        }

        SummaryEvent? summary = null;
        var errors = new ConcurrentQueue<string>();
        void OnEvent(EngineEvent e)
        {
            summary = e.SummaryEvent ?? summary;
            if (e.ResourcePreEvent?.Metadata is { } step && EngineSteps.Name(step.Op) is { } name)
            {
                call.OnResourceStep(new ResourceStep(name, step.Urn, step.Type));
            }

            if (e.DiagnosticEvent is { Severity: "error" } diagnostic)
            {
                errors.Enqueue(EngineFailure.Plain((diagnostic.Prefix ?? "error: ") + diagnostic.Message));
            }
        }

        IEnumerable<KeyValuePair<OperationType, int>>? fallback;
        await using (CliInterrupt.For(stack.Name, call.Stop))
        {
            try
            {
                fallback = await operation(OnEvent).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                throw EngineFailure.From(ex, errors);
            }
        }

        if (summary is null && requireSummary)
        {
            throw new StackEngineException("the engine sent no summary of the refresh, so whether the stack drifted is unknown");
        }

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
