using System.CommandLine;
using FleetInfra.Core.Config;
using FleetInfra.Core.Diagnostics;
using FleetInfra.Core.Planning;
using FleetInfra.Core.Review;
using FleetInfra.Deploy.Targets;

namespace FleetInfra.Cli.Commands;

/// <summary>
/// <c>fleet review suspend</c>: writes <c>fleet:suspended: true</c> into the stack files of idle review environments
/// (<c>--idle</c>: unchanged for their <c>fleet:idleAfter</c>) or of the named ones (<c>--stack</c>), every other byte
/// kept; <c>fleet deploy up</c> then scales them to zero. The next <c>fleet review create</c> (a push) resumes them.
/// </summary>
internal static class ReviewSuspendCommand
{
    public const string ChooseOne = "give exactly one of --idle or --stack NAME[,NAME...]";

    public static Command Create(CliConsole console)
    {
        var idle = new Option<bool>("--idle") { Description = "Every review environment whose fleet:lastChangeAt is fleet:idleAfter or more ago" };
        var stack = new Option<string[]>("--stack", "-s") { Description = "These review environments: NAME, NAME,NAME or the option repeated", AllowMultipleArgumentsPerToken = false };
        var project = new Option<DirectoryInfo?>("--project") { Description = "The folder holding Pulumi.yaml (default: found by walking up from the working folder)" };
        var suspend = new Command("suspend", "Write fleet:suspended: true into idle (or named) review stack files, the rest unchanged; fleet deploy up then scales them to zero")
        {
            idle,
            stack,
            project,
        };
        suspend.Validators.Add(result =>
        {
            if ((result.GetResult(idle) is null ? 0 : 1) + (result.GetResult(stack) is null ? 0 : 1) != 1)
            {
                result.AddError(ChooseOne);
            }
        });
        suspend.SetAction(parseResult => new ReviewSuspendRequest(
            parseResult.GetValue(idle),
            StackNames.Split(parseResult.GetValue(stack)),
            parseResult.GetValue(project)?.FullName ?? ProjectRoot.Find(Directory.GetCurrentDirectory()) ?? Directory.GetCurrentDirectory()).Run(console, DateTimeOffset.UtcNow));
        return suspend;
    }
}

/// <summary>One <c>fleet review suspend</c>, at <c>now</c>.</summary>
internal sealed record ReviewSuspendRequest(bool Idle, IReadOnlyList<string> Stacks, string ProjectRoot)
{
    private const string Command = "fleet review suspend";

    public int Run(CliConsole console, DateTimeOffset now)
    {
        var catalog = StackCatalog.Read(ProjectRoot);
        var chosen = Idle ? [.. IdleStacks.In(catalog, now).Select(r => r.Stack)] : Stacks;
        if (Idle && chosen.Count == 0)
        {
            console.Output.WriteLine("no review environment is idle; nothing to suspend");
            return ExitCodes.Success;
        }

        // Every file is checked before any is written: a bad name writes nothing.
        var texts = new List<(string Stack, string File, string Text)>(chosen.Count);
        foreach (var name in chosen)
        {
            if (!StackName.IsValid(name))
            {
                return Fail(console, $"--stack '{name}' is not a stack name", ExitCodes.Usage);
            }

            var file = catalog.StackFile(name);
            var display = FleetLoader.Display(file);
            if (!File.Exists(file))
            {
                return Fail(console, $"--stack '{name}': there is no stack file {display}", ExitCodes.BadInput);
            }

            if (FleetLoader.ParseStack(file, name, new DiagnosticBag()) is not { IsAppsOnly: true } stack)
            {
                return Fail(console, $"{display}: not a review environment (no fleet:clustersFrom); only review environments are suspended", ExitCodes.BadInput);
            }

            if (stack.IsProduction)
            {
                return Fail(console, $"{display}: environment '{stack.Environment}' is production; a production stack is never suspended", ExitCodes.BadInput);
            }

            if (ReviewSuspension.Suspend(File.ReadAllText(file), out var problem) is not { } text)
            {
                return Fail(console, $"{display}: {problem}", ExitCodes.BadInput);
            }

            texts.Add((name, file, text));
        }

        foreach (var (name, file, text) in texts)
        {
            File.WriteAllText(file, text);
            console.Output.WriteLine($"suspended {name}: wrote {ReviewSuspension.Key}: true into {FleetLoader.Display(file)}");
        }

        return ExitCodes.Success;
    }

    private static int Fail(CliConsole console, string message, int exitCode)
    {
        console.Error.WriteLine($"{Command}: {message}");
        return exitCode;
    }
}
