using System.CommandLine;
using System.Text.Json;
using FleetInfra.Deploy.Engine;
using FleetInfra.Deploy.Interrupts;
using FleetInfra.Deploy.Reporting;
using FleetInfra.Deploy.Running;
using FleetInfra.Deploy.Targets;

namespace FleetInfra.Deploy.Commands;

/// <summary>
/// <c>fleet deploy targets</c>: the chosen stacks as a JSON array of <see cref="CiTarget"/> (stack, CI environment,
/// providers) for a CI matrix, after the validation gate: an invalid stack fails the command and prints no matrix.
/// Needs no engine, except <c>--expired</c> and <c>--idle</c> (<see cref="IdleTargets"/>), which also list the review stacks that exist only in the backend
/// (unless <c>--files-only</c> keeps it to the repository's review stack files).
/// </summary>
internal static class TargetsCommand
{
    public static Command Create(DeployConsole console, IStackEngine? engine, DeployHandler handler)
    {
        var targets = new TargetOptions();
        var backend = new Option<string?>("--backend") { Description = "With --expired or --idle: the state backend URL (default: PULUMI_BACKEND_URL or 'pulumi login')" };
        var command = new Command("targets", "Print the chosen stacks as a JSON array of {stack, environment, providers} (for a CI matrix); only --expired and --idle need the engine");
        var waves = new Option<bool>("--waves") { Description = "Print the stacks in rollout waves instead: [ { wave, stacks: [ {stack, environment, providers} ] } ], one CI job per wave" };
        var filesOnly = new Option<bool>("--files-only")
        {
            Description = "With --expired or --idle: only the review stack files of the repository, no engine and no backend (a review stack that exists only in the backend is not listed)",
        };
        targets.AddTo(command, withIdle: true);
        command.Options.Add(backend);
        command.Options.Add(filesOnly);
        command.Options.Add(waves);
        command.SetAction(parseResult =>
        {
            if (targets.ProjectRootOf(parseResult, out var rootError) is not { } root)
            {
                return console.Fail(rootError!, DeployExitCodes.Usage);
            }

            var expiredAt = targets.ExpiredAtOf(parseResult);
            var idle = parseResult.GetValue(targets.Idle);
            var backendListed = (expiredAt is not null || idle) && !parseResult.GetValue(filesOnly);
            if (backendListed && engine is null)
            {
                // fleet: the engine is in fleet-deploy, which runs this same command line with it.
                using var interruption = new Interruption();
                return handler(new DeployOptions { Operation = DeployOperation.Outputs, ProjectRoot = root, ExpiredAt = expiredAt }, interruption).GetAwaiter().GetResult();
            }

            var catalog = StackCatalog.Read(root);
            if (idle)
            {
                return IdleTargets.Print(console, engine, catalog, parseResult.GetValue(backend), parseResult.GetValue(filesOnly), DateTimeOffset.UtcNow);
            }

            var shard = targets.ShardOf(parseResult);
            var (stacks, error) = TargetSelection.Resolve(catalog, parseResult.GetValue(targets.Stack) ?? [], parseResult.GetValue(targets.All), backendListed ? null : shard, expiredAt);
            if (error is not null)
            {
                return console.Fail(error, DeployExitCodes.Usage);
            }

            IReadOnlyList<StackTarget> backendOnly = [];
            if (backendListed && expiredAt is { } now)
            {
                try
                {
                    (stacks, backendOnly) = ExpiredReviews.WithBackendAsync(engine!, catalog, stacks, parseResult.GetValue(backend), now, shard, CancellationToken.None).GetAwaiter().GetResult();
                }
                catch (StackEngineException ex)
                {
                    return console.Fail($"cannot list the review stacks of the backend: {StackRun.FirstLine(ex.Message)}", DeployExitCodes.Failure);
                }
            }

            var gate = ValidationGate.Check(catalog, stacks, console.Error);
            if (gate.Invalid.Count > 0)
            {
                return console.Fail($"no targets: {string.Join(", ", gate.Invalid)} {(gate.Invalid.Count == 1 ? "is" : "are")} invalid (see above)", DeployExitCodes.Failure);
            }

            if (parseResult.GetValue(waves))
            {
                var (plan, wavesError) = StackWaves.Of(gate.Valid);
                if (wavesError is not null)
                {
                    return console.Fail(wavesError, DeployExitCodes.Failure);
                }

                foreach (var warning in plan!.Warnings)
                {
                    console.Error.WriteLine(warning);
                }

                IReadOnlyList<CiWave> wavesMatrix = [.. plan.Waves.Select((wave, i) => new CiWave(i + 1, plan.PauseSeconds, [.. wave.Select(CiTarget.Of)]))];
                console.Output.WriteLine(JsonSerializer.Serialize(wavesMatrix, DeployJson.Default.IReadOnlyListCiWave));
                return DeployExitCodes.Success;
            }

            IReadOnlyList<CiTarget> matrix = [.. gate.Valid.Concat(backendOnly).OrderBy(t => t.Name, StringComparer.Ordinal).Select(CiTarget.Of)];
            console.Output.WriteLine(JsonSerializer.Serialize(matrix, DeployJson.Default.IReadOnlyListCiTarget));
            return DeployExitCodes.Success;
        });
        return command;
    }
}
