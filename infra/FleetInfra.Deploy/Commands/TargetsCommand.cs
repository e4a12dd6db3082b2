using System.CommandLine;
using System.Text.Json;
using FleetInfra.Deploy.Reporting;
using FleetInfra.Deploy.Running;
using FleetInfra.Deploy.Targets;

namespace FleetInfra.Deploy.Commands;

/// <summary>
/// <c>fleet deploy targets</c>: the chosen stacks as a JSON array of <see cref="CiTarget"/> (stack, CI environment,
/// providers) for a CI matrix, after the validation gate: an invalid stack fails the command and prints no matrix.
/// Needs no engine.
/// </summary>
internal static class TargetsCommand
{
    public static Command Create(DeployConsole console)
    {
        var targets = new TargetOptions();
        var command = new Command("targets", "Print the chosen stacks as a JSON array of {stack, environment, providers} (for a CI matrix); needs no engine");
        var waves = new Option<bool>("--waves") { Description = "Print the stacks in rollout waves instead: [ { wave, stacks: [ {stack, environment, providers} ] } ], one CI job per wave" };
        targets.AddTo(command);
        command.Options.Add(waves);
        command.SetAction(parseResult =>
        {
            if (targets.ProjectRootOf(parseResult, out var rootError) is not { } root)
            {
                return console.Fail(rootError!, DeployExitCodes.Usage);
            }

            var catalog = StackCatalog.Read(root);
            var (stacks, error) = TargetSelection.Resolve(catalog, parseResult.GetValue(targets.Stack) ?? [], parseResult.GetValue(targets.All), targets.ShardOf(parseResult), targets.ExpiredAtOf(parseResult));
            if (error is not null)
            {
                return console.Fail(error, DeployExitCodes.Usage);
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

            IReadOnlyList<CiTarget> matrix = [.. gate.Valid.Select(CiTarget.Of)];
            console.Output.WriteLine(JsonSerializer.Serialize(matrix, DeployJson.Default.IReadOnlyListCiTarget));
            return DeployExitCodes.Success;
        });
        return command;
    }
}
