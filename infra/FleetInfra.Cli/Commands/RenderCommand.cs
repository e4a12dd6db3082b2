using System.CommandLine;
using FleetInfra.Core.Planning;
using FleetInfra.Core.Rendering;
using Spectre.Console;

namespace FleetInfra.Cli.Commands;

/// <summary><c>fleet render</c>: writes every cluster's manifests to <c>DIR/&lt;cluster&gt;/</c>, atomically.</summary>
internal static class RenderCommand
{
    public static Command Create(CliConsole console)
    {
        var input = new StackInput();
        var output = new Option<DirectoryInfo>("--out", "-o") { Description = "Output folder; one sub-folder per cluster", Required = true };
        var command = new Command("render", "Render every cluster's Kubernetes manifests as YAML, one folder per cluster");
        input.AddTo(command);
        command.Options.Add(output);
        command.SetAction(parseResult =>
        {
            var (stackFile, stackName, apps) = input.Resolve(parseResult);
            var result = FleetLoader.Load(stackFile, apps, stackName);
            console.Report(result.Diagnostics);
            if (!result.Succeeded)
            {
                return ExitCodes.BadInput;
            }

            var plan = result.Plan!;
            var outputDirectory = parseResult.GetValue(output)!.FullName;
            try
            {
                var clusters = RenderWithProgress(plan, console);
                RenderWriter.Write(outputDirectory, plan, clusters);
                console.Output.WriteLine(
                    $"rendered {clusters.Length} clusters, {clusters.Sum(c => c.Files.Length)} files to {FleetLoader.Display(outputDirectory)}");
                return ExitCodes.Success;
            }
            catch (RenderOutputException ex)
            {
                console.Error.WriteLine(ex.Message);
                return ExitCodes.BadInput;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine($"{FleetLoader.Display(outputDirectory)}: cannot write the render ({ex.Message}); the previous output is unchanged");
                return ExitCodes.BadInput;
            }
        });
        return command;
    }

    /// <summary>A progress bar on an interactive terminal; nothing at all in CI or when output is redirected.</summary>
    private static System.Collections.Immutable.ImmutableArray<RenderedCluster> RenderWithProgress(FleetPlan plan, CliConsole console)
    {
        var totalApps = plan.Clusters.Sum(c => c.Apps.Length);
        var interactive = console.Output == System.Console.Out
            && !System.Console.IsOutputRedirected
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
            && totalApps >= 1000;
        if (!interactive)
        {
            return FleetRenderer.Render(plan);
        }

        System.Collections.Immutable.ImmutableArray<RenderedCluster> rendered = default;
        AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask($"rendering {plan.Clusters.Length} clusters", maxValue: totalApps);
                rendered = FleetRenderer.Render(plan, new ProgressCounter(task));
            });
        return rendered;
    }

    /// <summary>Counts rendered apps from any thread into the progress task, which is thread-safe.</summary>
    private sealed class ProgressCounter(ProgressTask task) : IProgress<int>
    {
        public void Report(int value) => task.Increment(value);
    }
}
