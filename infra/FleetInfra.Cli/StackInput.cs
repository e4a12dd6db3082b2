using System.CommandLine;
using FleetInfra.Core.Config;
using FleetInfra.Core.Planning;

namespace FleetInfra.Cli;

/// <summary>The options every command shares to find a stack file and its intents.</summary>
/// <param name="optional">Whether the command also runs without a stack (then at most one of --stack and --config).</param>
internal sealed class StackInput(bool optional = false)
{
    public Option<string?> Stack { get; } = CreateStackOption();

    public Option<FileInfo?> Config { get; } = new("--config") { Description = "Read this stack file instead of --stack" };

    public Option<DirectoryInfo?> Apps { get; } = new("--apps") { Description = "Read app intents from this folder instead of the stack's fleet:appsDir" };

    public Option<FileInfo?> ClustersFrom { get; } = new("--clusters-from") { Description = "An apps-only stack: read its base's stack file from here instead of stacks/Pulumi.<fleet:clustersFrom>.yaml" };

    public void AddTo(Command command)
    {
        command.Options.Add(Stack);
        command.Options.Add(Config);
        command.Options.Add(Apps);
        command.Options.Add(ClustersFrom);
        command.Validators.Add(result =>
        {
            var hasStack = result.GetResult(Stack) is not null;
            var hasConfig = result.GetResult(Config) is not null;
            if (hasStack && hasConfig)
            {
                result.AddError(optional ? "give at most one of --stack NAME or --config FILE" : "give exactly one of --stack NAME or --config FILE");
            }
            else if (!hasStack && !hasConfig && !optional)
            {
                result.AddError("give exactly one of --stack NAME or --config FILE");
            }
        });
    }

    /// <summary>
    /// Loads and plans the chosen stack, printing every diagnostic; null when there are errors
    /// (the command then exits with <see cref="ExitCodes.BadInput"/>).
    /// </summary>
    public FleetPlan? LoadPlan(ParseResult parseResult, CliConsole console)
    {
        var (stackFile, stackName, apps) = Resolve(parseResult);
        var result = FleetLoader.LoadWithClustersFrom(stackFile, apps, stackName, parseResult.GetValue(ClustersFrom)?.FullName);
        console.Report(result.Diagnostics);
        return result.Succeeded ? result.Plan : null;
    }

    /// <summary>Whether --stack or --config was given.</summary>
    public bool IsGiven(ParseResult parseResult) => parseResult.GetResult(Stack) is not null || parseResult.GetResult(Config) is not null;

    /// <summary>The stack file's config alone, printing every diagnostic; null when it has errors.</summary>
    public StackConfig? LoadStack(ParseResult parseResult, CliConsole console)
    {
        var (stackFile, stackName, _) = Resolve(parseResult);
        var diagnostics = new Core.Diagnostics.DiagnosticBag();
        var stack = FleetLoader.LoadStack(stackFile, stackName, diagnostics, parseResult.GetValue(ClustersFrom)?.FullName);
        console.Report(diagnostics.ToImmutableSorted());
        return diagnostics.HasErrors ? null : stack;
    }

    /// <summary>The stack file, its stack name and the apps folder override chosen on the command line.</summary>
    public (string StackFile, string StackName, string? AppsDirectory) Resolve(ParseResult parseResult)
    {
        var apps = parseResult.GetValue(Apps)?.FullName;
        if (parseResult.GetValue(Config) is { } config)
        {
            return (config.FullName, Core.Config.StackConfigParser.StackNameOf(config.FullName), apps);
        }

        var stack = parseResult.GetValue(Stack)!;
        return (Path.Combine(ProjectRoot.Find(Directory.GetCurrentDirectory()) ?? Directory.GetCurrentDirectory(), "stacks", $"Pulumi.{stack}.yaml"), stack, apps);
    }

    private static Option<string?> CreateStackOption()
    {
        var stack = new Option<string?>("--stack", "-s") { Description = "Stack name ([A-Za-z0-9_.-]+): reads stacks/Pulumi.<NAME>.yaml from the repository root" };
        stack.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } name && !StackName.IsValid(name))
            {
                result.AddError(
                    $"--stack '{Printable(name)}' is not a stack name; use at most {StackName.MaxLength} letters, digits, '-', '_' and '.' (not '.' or '..'), or --config FILE to read a stack file by path");
            }
        });
        return stack;
    }

    /// <summary>The text with control characters (a newline would split a one-line message) written as <c>\uXXXX</c>.</summary>
    private static string Printable(string text) =>
        string.Concat(text.Select(c => char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString()));
}
