using System.Collections.Concurrent;
using FleetInfra.Deploy.Engine;
using FleetInfra.Deploy.Tests;

namespace FleetInfra.Deploy.Automation.Tests;

/// <summary>The adapter through the real Pulumi.Automation library, against the scripted stand-in CLI.</summary>
public sealed class AutomationStackEngineTests : IDisposable
{
    private readonly StandInPulumi _pulumi = new();
    private readonly TempProject _project = new();
    private readonly ConcurrentQueue<string> _lines = new();

    public void Dispose()
    {
        if (_engine.IsValueCreated)
        {
            _engine.Value.Dispose();
        }

        _pulumi.Dispose();
        _project.Dispose();
    }

    private EngineCall Call(string? plan = null) => new(_lines.Enqueue, plan);

    private readonly Lazy<AutomationStackEngine> _engine;

    public AutomationStackEngineTests() => _engine = new(_pulumi.Engine);

    private Task<IEngineStack> OpenAsync(string stack = "dev", string? backend = null) =>
        _engine.Value.OpenAsync(new EngineStackRequest(stack, _project.Root, backend), CancellationToken.None);

    [Fact]
    public async Task Open_CreatesAMissingStackAndSelectsAnExistingOne()
    {
        _pulumi.WithStack("prod");

        using (await OpenAsync("dev"))
        using (await OpenAsync("prod"))
        {
        }

        Assert.Equal(
        [
            "version",
            "stack select --stack dev --non-interactive",
            "stack init dev --non-interactive",
            "stack select --stack prod --non-interactive",
        ], _pulumi.Calls);
    }

    [Fact]
    public async Task Preview_StreamsTheCliOutputAndCountsTheSummaryEvent()
    {
        using var stack = await OpenAsync();

        var changes = await stack.PreviewAsync(Call(), CancellationToken.None);

        Assert.Equal(new ChangeCounts(2, 0, 0, 0, 5), changes);
        Assert.Equal(["Previewing update (dev):", "  connecting with s3cret-db-pass"], _lines);
        Assert.Equal("preview --exec-kind auto.local --stack dev --non-interactive --event-log EVENTLOG", _pulumi.Calls[^1]);
        Assert.Equal("env PULUMI_BACKEND_URL= PULUMI_EXPERIMENTAL= PULUMI_DEBUG_COMMANDS=true", _pulumi.EnvironmentOf("preview"));
    }

    [Fact]
    public async Task PreviewAndUpWithAPlan_SaveAndApplyItInExperimentalMode()
    {
        var plan = Path.Combine(_project.Root, "dev.plan.json");
        using var stack = await OpenAsync();

        await stack.PreviewAsync(Call(plan), CancellationToken.None);
        var changes = await stack.UpAsync(Call(plan), CancellationToken.None);

        Assert.True(File.Exists(plan));
        Assert.Equal(new ChangeCounts(1, 1, 0, 1, 5), changes);
        Assert.Contains($"preview --save-plan {plan} --exec-kind auto.local --stack dev --non-interactive --event-log EVENTLOG", _pulumi.Calls);
        Assert.Contains($"up --yes --skip-preview --plan {plan} --exec-kind auto.local --stack dev --non-interactive --event-log EVENTLOG", _pulumi.Calls);
        Assert.Equal("env PULUMI_BACKEND_URL= PULUMI_EXPERIMENTAL=true PULUMI_DEBUG_COMMANDS=true", _pulumi.EnvironmentOf("up"));
    }

    [Fact]
    public async Task Up_ReadsOutputsAndHistoryWithoutShowingSecrets()
    {
        using var stack = await OpenAsync();

        await stack.UpAsync(Call(), CancellationToken.None);

        Assert.Equal(
        [
            "up --yes --skip-preview --exec-kind auto.local --stack dev --non-interactive --event-log EVENTLOG",
            "stack output --json --stack dev --non-interactive",
            "stack output --json --show-secrets --stack dev --non-interactive",
            "stack history --json --page-size 1 --page 1 --stack dev --non-interactive",
        ], _pulumi.Calls.Skip(3));
    }

    [Fact]
    public async Task RefreshPreviewOnly_CountsTheRefreshItself()
    {
        using var stack = await OpenAsync();

        var changes = await stack.RefreshAsync(Call(), previewOnly: true, CancellationToken.None);

        Assert.Equal(new ChangeCounts(0, 1, 0, 0, 7), changes);
        Assert.Contains("refresh --yes --preview-only --exec-kind auto.local --stack dev --non-interactive --event-log EVENTLOG", _pulumi.Calls);
    }

    [Fact]
    public async Task Destroy_SkipsThePreviewAndCountsDeletes()
    {
        using var stack = await OpenAsync();

        var changes = await stack.DestroyAsync(Call(), CancellationToken.None);

        Assert.Equal(new ChangeCounts(0, 0, 8, 0, 0), changes);
        Assert.Contains("destroy --yes --skip-preview --exec-kind auto.local --stack dev --non-interactive --event-log EVENTLOG", _pulumi.Calls);
    }

    [Fact]
    public async Task Outputs_CarryTheCliMaskedCopyWithNestedSecrets()
    {
        using var stack = await OpenAsync();

        var outputs = await stack.OutputsAsync(CancellationToken.None);

        Assert.Equal(
        [
            new StackOutputValue("appUrls", "{\"storefront\":[\"https://shop.example.com\"]}", IsSecret: false, "{\"storefront\":[\"https://shop.example.com\"]}"),
            new StackOutputValue("clusters", "{\"eks-use1\":{\"endpoint\":\"https://C0FFEE42.gr7.us-east-1.eks.amazonaws.com\",\"version\":\"1.33\"}}", IsSecret: false,
                "{\"eks-use1\":{\"endpoint\":\"[secret]\",\"version\":\"1.33\"}}"),
            new StackOutputValue("kubeconfig-eks-use1", "\"apiVersion: v1 token=kube-t0ken-123\"", IsSecret: true, "\"[secret]\""),
        ], outputs.ToArray());
    }

    [Fact]
    public async Task SecretValues_AreTheSecretConfigSecretOutputsAndNestedSecrets()
    {
        using var stack = await OpenAsync();

        var secrets = await stack.SecretValuesAsync(CancellationToken.None);

        Assert.Equal(["s3cret-db-pass", "https://C0FFEE42.gr7.us-east-1.eks.amazonaws.com", "apiVersion: v1 token=kube-t0ken-123"], secrets.ToArray());
    }

    [Fact]
    public async Task Select_DoesNotCreateAMissingStack()
    {
        var failure = await Assert.ThrowsAsync<StackEngineException>(() =>
            _engine.Value.OpenAsync(new EngineStackRequest("qa", _project.Root, null, Create: false), CancellationToken.None));

        Assert.Equal("stack qa does not exist in the backend (only preview and up create stacks)", failure.Message);
        Assert.DoesNotContain(_pulumi.Calls, c => c.StartsWith("stack init", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RefreshPreviewOnly_WithoutASummaryEvent_Fails()
    {
        _pulumi.WithoutSummary("refresh");
        using var stack = await OpenAsync();

        var failure = await Assert.ThrowsAsync<StackEngineException>(() => stack.RefreshAsync(Call(), previewOnly: true, CancellationToken.None));

        Assert.Equal("the engine sent no summary of the refresh, so whether the stack drifted is unknown", failure.Message);
    }

    [Fact]
    public async Task Failure_IsTheEnginesErrorDiagnosticNotStderr()
    {
        _pulumi.Failing("up", "error: update failed\n", diagnostic: "creating EKS Cluster (eks-use1): AccessDeniedException: not authorized to perform eks:CreateCluster");
        using var stack = await OpenAsync();

        var failure = await Assert.ThrowsAsync<StackEngineException>(() => stack.UpAsync(Call(), CancellationToken.None));

        Assert.Equal("error: creating EKS Cluster (eks-use1): AccessDeniedException: not authorized to perform eks:CreateCluster", failure.Message);
    }

    [Fact]
    public async Task Preview_ReportsEachResourceStepFromTheEvents()
    {
        var steps = new ConcurrentQueue<ResourceStep>();
        using var stack = await OpenAsync();

        await stack.PreviewAsync(Call() with { OnResourceStep = steps.Enqueue }, CancellationToken.None);

        Assert.Equal([new ResourceStep("create", "urn:pulumi:dev::fleetinfra::kubernetes:apps/v1:Deployment::storefront", "kubernetes:apps/v1:Deployment")], steps);
    }

    [Fact]
    public async Task Preview_AboveCli3205_ReceivesTheEventsOverGrpc()
    {
        _pulumi.WithVersion("v3.206.0");
        var steps = new ConcurrentQueue<ResourceStep>();
        using var stack = await OpenAsync();

        var changes = await stack.PreviewAsync(Call() with { OnResourceStep = steps.Enqueue }, CancellationToken.None);

        Assert.Equal(new ChangeCounts(2, 0, 0, 0, 5), changes);
        Assert.Single(steps);
        Assert.Contains("grpc events 200", _pulumi.Calls);
        Assert.Contains(_pulumi.RawCalls, c => c.StartsWith("preview ", StringComparison.Ordinal) && c.Contains("--event-log tcp://localhost:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Failure_IsTheCliErrorLine()
    {
        _pulumi.Failing("up", "Updating (dev):\nerror: update failed: aws: AccessDenied on eks:CreateCluster\n");
        using var stack = await OpenAsync();

        var failure = await Assert.ThrowsAsync<StackEngineException>(() => stack.UpAsync(Call(), CancellationToken.None));

        Assert.Equal("error: update failed: aws: AccessDenied on eks:CreateCluster", failure.Message);
    }

    [Fact]
    public async Task LockedStack_SaysSo()
    {
        _pulumi.Failing("preview", "error: the stack is currently locked by 1 lock(s). Either wait for the other process(es) to end or delete the lock file with `pulumi cancel`.\n");
        using var stack = await OpenAsync();

        var failure = await Assert.ThrowsAsync<StackEngineException>(() => stack.PreviewAsync(Call(), CancellationToken.None));

        Assert.Equal("the stack is locked by another update", failure.Message);
    }

    [Fact]
    public async Task Backend_IsPassedAsPulumiBackendUrl()
    {
        using var stack = await OpenAsync(backend: "file:///tmp/fleet-state");

        await stack.PreviewAsync(Call(), CancellationToken.None);

        Assert.Equal("env PULUMI_BACKEND_URL=file:///tmp/fleet-state PULUMI_EXPERIMENTAL= PULUMI_DEBUG_COMMANDS=true", _pulumi.EnvironmentOf("preview"));
    }

    [Fact]
    public async Task Cancel_RunsPulumiCancel()
    {
        using var stack = await OpenAsync();

        await stack.CancelAsync(CancellationToken.None);

        Assert.StartsWith("cancel --yes", _pulumi.Calls[^1], StringComparison.Ordinal);
        Assert.Contains("dev", _pulumi.Calls[^1], StringComparison.Ordinal);
    }
}
