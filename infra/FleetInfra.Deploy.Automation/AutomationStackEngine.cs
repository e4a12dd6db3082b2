using FleetInfra.Deploy.Engine;
using Pulumi.Automation;
using Pulumi.Automation.Commands;
using Pulumi.Automation.Commands.Exceptions;

namespace FleetInfra.Deploy.Automation;

/// <summary>
/// The engine over the Pulumi Automation API: a <see cref="LocalWorkspace"/> on the project's own <c>Pulumi.yaml</c>
/// program, the stack selected (or created, when the request says so). The Pulumi CLI is the one on PATH, or <c>ROOT/bin/pulumi</c>.
/// Operations that run the program run the one binary <see cref="PublishedProgram"/> built for the whole run.
/// </summary>
/// <param name="pulumiRoot">A folder whose <c>bin/pulumi</c> is the CLI to use.</param>
/// <param name="publisher">Builds the program (default: <c>dotnet publish</c>).</param>
public sealed class AutomationStackEngine(string? pulumiRoot = null, ProgramPublisher? publisher = null) : IStackEngine, IDisposable
{
    /// <summary>A folder whose <c>bin/pulumi</c> is the Pulumi CLI to use instead of the one on PATH.</summary>
    public const string PulumiRootVariable = "FLEET_PULUMI_ROOT";

    private readonly Lock _gate = new();
    private Task<PulumiCommand>? _command;
    private readonly PublishedProgram _program = new(publisher ?? DotnetPublish.RunAsync);

    public void Dispose() => _program.Dispose();

    /// <summary>
    /// <c>LocalWorkspace.ListStacksAsync</c> (<c>pulumi stack ls --json</c>, v3.112.1 sdk/Pulumi.Automation/LocalWorkspace.cs):
    /// the project's stacks in the backend. A name the CLI qualifies (<c>org/stack</c>) is cut to the stack's own name.
    /// </summary>
    public async Task<System.Collections.Immutable.ImmutableArray<string>> ListStacksAsync(string projectRoot, string? backend, CancellationToken cancellationToken)
    {
        try
        {
            var command = await CommandAsync(cancellationToken).ConfigureAwait(false);
            using var workspace = await LocalWorkspace.CreateAsync(
                new LocalWorkspaceOptions { WorkDir = projectRoot, PulumiCommand = command, EnvironmentVariables = WorkspaceVariables(backend) },
                cancellationToken).ConfigureAwait(false);
            var stacks = await workspace.ListStacksAsync(cancellationToken).ConfigureAwait(false);
            return [.. stacks.Select(s => s.Name[(s.Name.LastIndexOf('/') + 1)..])];
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not StackEngineException)
        {
            throw EngineFailure.From(ex);
        }
    }

    public async Task<IEngineStack> OpenAsync(EngineStackRequest request, CancellationToken cancellationToken)
    {
        var environment = WorkspaceVariables(request.Backend);
        try
        {
            var command = await CommandAsync(cancellationToken).ConfigureAwait(false);
            var workDirectory = request.RunsProgram ? await _program.RunFolderAsync(request.ProjectRoot, cancellationToken).ConfigureAwait(false) : request.ProjectRoot;
            var workspace = await LocalWorkspace.CreateAsync(
                new LocalWorkspaceOptions { WorkDir = workDirectory, PulumiCommand = command, EnvironmentVariables = environment },
                cancellationToken).ConfigureAwait(false);
            var stack = request.Create
                ? await WorkspaceStack.CreateOrSelectAsync(request.StackName, workspace, cancellationToken).ConfigureAwait(false)
                : await WorkspaceStack.SelectAsync(request.StackName, workspace, cancellationToken).ConfigureAwait(false);
            return new AutomationStack(stack, command);
        }
        catch (StackNotFoundException ex) when (!request.Create)
        {
            throw new StackEngineException($"stack {request.StackName} does not exist in the backend (only preview and up create stacks)", ex);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not StackEngineException)
        {
            throw EngineFailure.From(ex);
        }
    }

    /// <summary>The workspace's variables: the backend, and the CLI root's <c>bin</c> leading the PATH.</summary>
    private Dictionary<string, string?> WorkspaceVariables(string? backendUrl)
    {
        var environment = new Dictionary<string, string?>();
        if (backendUrl is { } backend)
        {
            environment["PULUMI_BACKEND_URL"] = backend;
        }

        if (pulumiRoot is not null)
        {
            // With a CLI root, Pulumi.Automation 3.112.1 checks the version of ROOT/bin/pulumi but then starts plain
            // 'pulumi', which the operating system looks up in this process's PATH; it also puts ROOT/bin in front of
            // the PATH in the workspace's variables and fails when there is none. So ROOT/bin leads both.
            var bin = Path.Combine(pulumiRoot, "bin");
            var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
            if (!path.StartsWith(bin + Path.PathSeparator, StringComparison.Ordinal))
            {
                path = bin + Path.PathSeparator + path;
                Environment.SetEnvironmentVariable("PATH", path);
            }

            environment["PATH"] = path;
        }

        return environment;
    }

    /// <summary>One Pulumi CLI (and one <c>pulumi version</c> check) for every stack of the run.</summary>
    private Task<PulumiCommand> CommandAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return _command ??= Create();
        }

        async Task<PulumiCommand> Create() =>
            await LocalPulumiCommand.CreateAsync(new LocalPulumiCommandOptions { Root = pulumiRoot }, cancellationToken).ConfigureAwait(false);
    }
}
