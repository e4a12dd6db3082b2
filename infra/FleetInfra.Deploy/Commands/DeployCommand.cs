using System.CommandLine;
using System.Runtime.InteropServices;
using FleetInfra.Deploy.Interrupts;
using FleetInfra.Deploy.Running;
using FleetInfra.Deploy.Targets;

namespace FleetInfra.Deploy.Commands;

/// <summary>
/// <c>fleet deploy &lt;preview|up|refresh|destroy|drift|outputs|targets&gt;</c>: the same command tree in
/// <c>fleet</c> and <c>fleet-deploy</c>; only the <see cref="DeployHandler"/> for engine operations differs.
/// </summary>
public static class DeployCommand
{
    public const string Name = "deploy";

    /// <param name="console">Where to write.</param>
    /// <param name="handler">Runs an engine operation.</param>
    /// <param name="interrupt">Interrupts the run; when null, Ctrl-C, SIGINT and SIGTERM do.</param>
    /// <param name="engine">The engine, in <c>fleet-deploy</c>: <c>targets --expired</c> lists the backend's review stacks with it; without it (<c>fleet</c>) that hands over to <paramref name="handler"/>.</param>
    public static Command Create(DeployConsole console, DeployHandler handler, Interruption? interrupt = null, Engine.IStackEngine? engine = null)
    {
        var command = new Command(Name, "Drive stacks through the engine from CI: preview, up, refresh, destroy, drift and outputs on many stacks at once");
        command.Subcommands.Add(Operation(DeployOperation.Preview, "Show what up would change on each stack", console, handler, interrupt));
        command.Subcommands.Add(Operation(DeployOperation.Up, "Create or update every resource of each stack", console, handler, interrupt));
        command.Subcommands.Add(Operation(DeployOperation.Refresh, "Adopt the real state of every resource into each stack's state", console, handler, interrupt));
        command.Subcommands.Add(Operation(DeployOperation.Destroy, "Delete every resource of each stack (production needs --yes-destroy-production)", console, handler, interrupt));
        command.Subcommands.Add(Operation(DeployOperation.Drift, "Refresh in preview mode, then preview: exit 3 when a stack drifted", console, handler, interrupt));
        command.Subcommands.Add(Operation(DeployOperation.Outputs, "Print each stack's outputs, secrets masked", console, handler, interrupt));
        command.Subcommands.Add(TargetsCommand.Create(console, engine, handler));
        command.Subcommands.Add(OperatorManifestsCommand.Create(console));
        return command;
    }

    private static Command Operation(DeployOperation operation, string description, DeployConsole console, DeployHandler handler, Interruption? interrupt)
    {
        var targets = new TargetOptions();
        var keepGoing = new Option<bool>("--keep-going") { Description = "Run the valid stacks even when others fail validation" };
        var parallel = new Option<int>("--parallel") { Description = "How many stacks run at once", DefaultValueFactory = _ => DeployOptions.DefaultParallel };
        var backend = new Option<string?>("--backend") { Description = "State backend URL (default: PULUMI_BACKEND_URL or 'pulumi login'), like file://~/.pulumi-state" };
        var json = new Option<FileInfo?>("--json") { Description = "Also write the summary as JSON to this file" };
        var markdown = new Option<FileInfo?>("--markdown") { Description = "Append the summary as a Markdown table to this file (like $GITHUB_STEP_SUMMARY)" };
        var command = new Command(operation.Name(), description);
        targets.AddTo(command);
        command.Options.Add(keepGoing);
        command.Options.Add(parallel);
        command.Options.Add(backend);
        command.Options.Add(json);
        command.Options.Add(markdown);
        parallel.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--parallel must be at least 1");
            }
        });

        var yesDestroy = new Option<string[]>("--yes-destroy-production")
        {
            Description = "The production stacks (environment prod or production, or fleet:protect: true) destroy may destroy, each named: NAME,NAME or the option repeated",
            AllowMultipleArgumentsPerToken = false,
        };
        var plan = new Option<DirectoryInfo?>("--plan")
        {
            Description = operation == DeployOperation.Preview
                ? "Save each stack's update plan as DIR/<stack>.plan.json for a later 'up --plan DIR'"
                : "Apply the plans saved by 'preview --plan DIR' (required for production stacks unless --no-plan)",
        };
        var noPlan = new Option<bool>("--no-plan") { Description = "Allow up of production stacks without a saved plan" };
        var waves = new Option<bool>("--waves")
        {
            Description = "Run the stacks wave by wave as fleet:rollout orders them (the wave plan is printed first); stop at the first wave with a failed stack",
        };
        if (operation == DeployOperation.Destroy)
        {
            command.Options.Add(yesDestroy);
        }

        if (operation is DeployOperation.Preview or DeployOperation.Up)
        {
            command.Options.Add(plan);
        }

        if (operation == DeployOperation.Up)
        {
            command.Options.Add(noPlan);
            command.Options.Add(waves);
        }

        command.SetAction(parseResult =>
        {
            if (targets.ProjectRootOf(parseResult, out var rootError) is not { } root)
            {
                return console.Fail(rootError!, DeployExitCodes.Usage);
            }

            var options = new DeployOptions
            {
                Operation = operation,
                ProjectRoot = root,
                Stacks = parseResult.GetValue(targets.Stack) ?? [],
                All = parseResult.GetValue(targets.All),
                ExpiredAt = targets.ExpiredAtOf(parseResult),
                Shard = targets.ShardOf(parseResult),
                KeepGoing = parseResult.GetValue(keepGoing),
                Parallel = parseResult.GetValue(parallel),
                Backend = parseResult.GetValue(backend),
                JsonFile = parseResult.GetValue(json)?.FullName,
                MarkdownFile = parseResult.GetValue(markdown)?.FullName,
                YesDestroyProduction = StackNames.Split(parseResult.GetValue(yesDestroy)),
                PlanDirectory = parseResult.GetValue(plan)?.FullName,
                NoPlan = parseResult.GetValue(noPlan),
                Waves = operation == DeployOperation.Up && parseResult.GetValue(waves),
            };
            return interrupt is not null ? handler(options, interrupt).GetAwaiter().GetResult() : RunInterruptible(options, handler);
        });
        return command;
    }

    /// <summary>
    /// Runs with an <see cref="Interruption"/> that Ctrl-C, SIGINT and SIGTERM signal instead of ending the process
    /// mid-operation: the first asks for a clean stop, the second forces it.
    /// </summary>
    private static int RunInterruptible(DeployOptions options, DeployHandler handler)
    {
        using var interrupt = new Interruption();
        void OnCancelKey(object? sender, ConsoleCancelEventArgs e)
        {
            e.Cancel = true;
            interrupt.Signal(reachedChildren: ChildProcesses.InTerminalForeground(Environment.ProcessId));
        }

        Console.CancelKeyPress += OnCancelKey;
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            interrupt.Signal();
        });
        try
        {
            return handler(options, interrupt).GetAwaiter().GetResult();
        }
        finally
        {
            Console.CancelKeyPress -= OnCancelKey;
        }
    }
}
