using System.CommandLine;
using FleetInfra.Cli.Git;
using FleetInfra.Core.Diagnostics;
using FleetInfra.Core.Diffing;
using FleetInfra.Core.Policies;

namespace FleetInfra.Cli.Commands;

/// <summary>
/// <c>fleet diff</c>: what a change to a stack and its intents does to every cluster, against a git revision, with the
/// hazards FI101... Exit 0; 1 with <c>--fail-on</c> when a hazard at that level or above is found, or on bad input
/// (the working tree's or the base's); 2 on bad usage, an unknown revision or no git repository.
/// </summary>
internal static class DiffCommand
{
    public static Command Create(CliConsole console)
    {
        var input = new StackInput();
        var baseRevision = new Option<string>("--base") { Description = "The git revision to compare the working tree with, like main, HEAD~1 or a commit", Required = true };
        var json = new Option<bool>("--json") { Description = "Print the diff as JSON (the shape is in the README)" };
        var markdown = new Option<FileInfo?>("--markdown") { Description = "Also write the diff as Markdown for a pull-request comment to this file" };
        var failOn = new Option<string?>("--fail-on") { Description = "Exit 1 when a hazard at this level or above is found: error or warning" };
        failOn.AcceptOnlyFromAmong("error", "warning");
        var command = new Command("diff", "Show what a change does to every cluster against a git revision: objects, node groups, versions, add-ons, DNS, restarts, and the hazards (FI101...)");
        input.AddTo(command);
        command.Options.Add(baseRevision);
        command.Options.Add(json);
        command.Options.Add(markdown);
        command.Options.Add(failOn);
        command.SetAction(parseResult =>
        {
            var (stackFile, stackName, apps) = input.Resolve(parseResult);
            var folder = Path.GetDirectoryName(Path.GetFullPath(stackFile))!;

            // The base is read from git and planned on the other core while the working tree is planned here.
            var baseSide = Task.Run(() => OpenBase(folder, parseResult.GetValue(baseRevision)!, stackFile, stackName, apps));

            // The working tree first: a stack that does not load there (or does not exist) is reported like fleet validate does.
            if (DiffSide.Load(stackFile, stackName, folder, out var diagnostics, apps) is not { } after)
            {
                console.Report(diagnostics);
                Discard(baseSide);
                return ExitCodes.BadInput;
            }

            // Its templates are built on the idle core while the base is still read and planned.
            FleetDiffer.Prepare(after);
            try
            {
                var (tree, before, problem) = baseSide.GetAwaiter().GetResult();
                using (tree)
                {
                    if (before is null)
                    {
                        console.Error.WriteLine(problem);
                        return ExitCodes.BadInput;
                    }

                    return Write(FleetDiffer.Compare(before, after with { Root = tree.Repository }, tree.Revision), tree, parseResult, json, markdown, failOn, console);
                }
            }
            catch (GitProblem problem)
            {
                console.Error.WriteLine($"fleet: {problem.Message}");
                return problem.ExitCode;
            }
            catch (GitCommand.NotFoundException missing)
            {
                console.Error.WriteLine($"fleet: {missing.Message}");
                return ExitCodes.Usage;
            }
        });
        return command;
    }

    private static int Write(FleetDiff diff, GitRevisionTree tree, ParseResult parseResult, Option<bool> json, Option<FileInfo?> markdown, Option<string?> failOn, CliConsole console)
    {
        if (parseResult.GetValue(json))
        {
            CliJson.WriteLine(diff, console.Output);
        }
        else
        {
            DiffTables.Write(console.Terminal(), diff, tree.Display);
        }

        if (parseResult.GetValue(markdown) is { } file)
        {
            File.WriteAllText(file.FullName, DiffMarkdown.Write(diff, tree.Display));
        }

        return parseResult.GetValue(failOn) switch
        {
            "error" when diff.Hazards.Any(h => h.Level == PolicyLevel.Error) => ExitCodes.BadInput,
            "warning" when !diff.Hazards.IsEmpty => ExitCodes.BadInput,
            _ => ExitCodes.Success,
        };
    }

    /// <summary>
    /// The revision's files and the stack planned from them; the side is null, with the one line to print, when the stack
    /// is absent there or does not plan. Throws what <see cref="GitRevisionTree"/> throws, leaving no temporary folder.
    /// </summary>
    private static (GitRevisionTree Tree, DiffSide? Side, string? Problem) OpenBase(string folder, string revision, string stackFile, string stackName, string? apps)
    {
        var tree = GitRevisionTree.Open(folder, revision);
        try
        {
            var side = LoadBase(tree, stackFile, stackName, apps, out var problem);
            return (tree, side, problem);
        }
        catch
        {
            tree.Dispose();
            throw;
        }
    }

    /// <summary>Waits for the base that is no longer needed, and deletes its files; what went wrong there is not reported.</summary>
    private static void Discard(Task<(GitRevisionTree Tree, DiffSide? Side, string? Problem)> baseSide)
    {
        try
        {
            baseSide.GetAwaiter().GetResult().Tree.Dispose();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The working tree's problems are the ones reported.
        }
    }

    /// <summary>
    /// The stack as it was at the base: its folder (and its apps folder, when elsewhere) extracted from git, then planned.
    /// Null, with the one line to print in <paramref name="problem"/>, when the stack file is absent there or does not plan.
    /// </summary>
    private static DiffSide? LoadBase(GitRevisionTree tree, string stackFile, string stackName, string? apps, out string? problem)
    {
        problem = null;
        if (tree.RelativePath(stackFile) is not { } relativeStack)
        {
            throw new GitProblem($"{stackFile} is outside the git repository at {tree.Repository}; fleet diff compares files of that repository", ExitCodes.Usage);
        }

        if (!tree.Has(relativeStack))
        {
            problem = $"{relativeStack}: fleet: stack {stackName} does not exist at base {tree.Display}, so there is nothing to compare it with; review a new stack with fleet plan --stack {stackName}";
            return null;
        }

        tree.Extract(Folder(relativeStack));
        var baseStackFile = Path.Combine(tree.Folder, relativeStack);
        var baseApps = apps is null ? null : tree.RelativePath(apps) is { } relativeApps ? Path.Combine(tree.Folder, relativeApps) : apps;
        var stack = FleetInfra.Core.Planning.FleetLoader.LoadStack(baseStackFile, stackName, new DiagnosticBag());
        var appsFolder = baseApps ?? stack?.AppsDirectory;
        if (appsFolder is not null && Path.GetRelativePath(tree.Folder, appsFolder).Replace('\\', '/') is var relativeFolder
            && !relativeFolder.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relativeFolder) && tree.Has(relativeFolder))
        {
            tree.Extract(relativeFolder);
        }

        var side = DiffSide.Load(baseStackFile, stackName, tree.Folder, out var diagnostics, baseApps);
        if (side is null)
        {
            var errors = diagnostics.Where(d => d.IsError).ToList();
            var first = errors.FirstOrDefault() is { } error ? Relative(tree, error) : "it does not plan";
            problem = $"{relativeStack}: fleet: the base {tree.Display} does not plan, so there is nothing sound to compare with: {first}{(errors.Count > 1 ? $" (and {errors.Count - 1} more; run fleet validate at that revision)" : string.Empty)}";
        }

        return side;
    }

    private static string Folder(string relativePath) => Path.GetDirectoryName(relativePath)?.Replace('\\', '/') is { Length: > 0 } folder ? folder : ".";

    /// <summary>A diagnostic of the base with its file named relative to the repository.</summary>
    private static string Relative(GitRevisionTree tree, Diagnostic diagnostic)
    {
        var relative = Path.GetRelativePath(tree.Folder, Path.GetFullPath(diagnostic.Location.File)).Replace('\\', '/');
        return (diagnostic with { Location = diagnostic.Location with { File = relative } }).ToString();
    }
}
