using System.CommandLine;
using FleetInfra.Core.Planning;
using FleetInfra.Core.Rendering;
using FleetInfra.Core.Rendering.GitOps;
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
        var layout = new Option<string>("--layout")
        {
            Description = "app: DIR/<cluster>/<app>.yaml (default); cluster: one DIR/<cluster>/manifests.yaml, the same documents, for very large fleets",
            DefaultValueFactory = _ => "app",
        };
        layout.AcceptOnlyFromAmong("app", "cluster");
        var wait = WaitOption();
        var gitOps = new GitOpsOptions();
        command.Options.Add(output);
        command.Options.Add(layout);
        command.Options.Add(wait);
        gitOps.AddTo(command);
        command.SetAction(parseResult =>
        {
            RenderWarmUp.Start();
            var outputDirectory = parseResult.GetValue(output)!.FullName;
            var source = gitOps.Source(parseResult, outputDirectory);
            if (source?.Problems() is { Count: > 0 } problems)
            {
                foreach (var problem in problems)
                {
                    console.Error.WriteLine($"fleet render: {problem}");
                }

                return ExitCodes.Usage;
            }

            if (input.LoadPlan(parseResult, console) is not { } plan)
            {
                return ExitCodes.BadInput;
            }

            try
            {
                var perCluster = parseResult.GetValue(layout) == "cluster";
                var lockWait = WaitFor(parseResult.GetValue(wait), outputDirectory, console);
                RenderWithProgress(plan, outputDirectory, console, perCluster ? RenderLayout.PerCluster : RenderLayout.PerApp, lockWait, source);
                var files = perCluster ? plan.Clusters.Length : plan.Clusters.Sum(c => c.Apps.Length);
                console.Output.WriteLine(
                    $"rendered {plan.Clusters.Length} clusters, {files} files to {FleetLoader.Display(outputDirectory)}{GitOpsOptions.Summary(source)}");
                if (LayoutHint(files, perCluster) is { } hint)
                {
                    console.Error.WriteLine(hint);
                }

                return ExitCodes.Success;
            }
            catch (OutputBusyException ex)
            {
                console.Error.WriteLine(ex.Message);
                return ExitCodes.Busy;
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

    private static Option<int> WaitOption()
    {
        var wait = new Option<int>("--wait")
        {
            Description = "Seconds to wait while another render writes the same --out folder (default 0: fail at once, exit 75)",
            HelpName = "SECONDS",
        };
        wait.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
            {
                result.AddError("--wait must be 0 or more seconds");
            }
        });
        return wait;
    }

    /// <summary>Waits up to <paramref name="seconds"/> for the output's lock, saying once on standard error whom it waits for.</summary>
    private static LockWait WaitFor(int seconds, string outputDirectory, CliConsole console) =>
        new(TimeSpan.FromSeconds(seconds), owner =>
            console.Error.WriteLine($"{outputDirectory}: waiting up to {seconds} s for {LockOwner.Describe(owner)} to finish"));

    /// <summary>Files per app at or above this count: the file system's cost of creating them usually passes rendering's.</summary>
    internal const int ManyFiles = 10_000;

    /// <summary>A note for renders that create so many files that one file per cluster would be faster; null otherwise.</summary>
    internal static string? LayoutHint(int files, bool perCluster) =>
        !perCluster && files >= ManyFiles
            ? $"note: {files} files written; --layout cluster writes the same documents as one manifests.yaml per cluster, which is much faster on most file systems"
            : null;

    /// <summary>
    /// Renders straight to the output folder (one file per app, memory flat), with a progress bar on an interactive
    /// terminal for large fleets; nothing at all in CI or when output is redirected, where no progress object exists.
    /// </summary>
    private static void RenderWithProgress(FleetPlan plan, string outputDirectory, CliConsole console, RenderLayout layout, LockWait wait, GitOpsSource? gitOps)
    {
        var totalApps = plan.Clusters.Sum(c => c.Apps.Length);
        var interactive = console.Output == System.Console.Out
            && !System.Console.IsOutputRedirected
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
            && totalApps >= 1000;
        if (!interactive)
        {
            RenderWriter.Write(outputDirectory, plan, layout: layout, wait: wait, gitOps: gitOps);
            return;
        }

        AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask($"rendering {plan.Clusters.Length} clusters", maxValue: totalApps);
                RenderWriter.Write(outputDirectory, plan, new ProgressCounter(task), layout, wait, gitOps);
            });
    }

    /// <summary>Counts rendered apps from any thread into the progress task, which is thread-safe.</summary>
    private sealed class ProgressCounter(ProgressTask task) : IProgress<int>
    {
        public void Report(int value) => task.Increment(value);
    }
}
