namespace FleetInfra.Cli.Tests;

/// <summary>Runs the real <c>fleet</c> entry point in-process and captures what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = FleetCli.Run(args, new CliConsole(output, error));
        return new CliRun(exitCode, output.ToString().ReplaceLineEndings("\n"), error.ToString().ReplaceLineEndings("\n"));
    }

    /// <summary>The repository's root folder, found from the test assembly's location.</summary>
    public static string RepositoryRoot =>
        Core.Config.ProjectRoot.Find(AppContext.BaseDirectory) ?? throw new InvalidOperationException("Pulumi.yaml not found above the test assembly");

    public static string StackFile(string stack) => Path.Combine(RepositoryRoot, "stacks", $"Pulumi.{stack}.yaml");

    /// <summary>The lines of standard error with every absolute or working-folder-relative form of <paramref name="folder"/> removed.</summary>
    public string[] ErrorLinesRelativeTo(string folder)
    {
        var text = Error.Replace('\\', '/');
        var absolute = Path.GetFullPath(folder).Replace('\\', '/').TrimEnd('/');
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), folder).Replace('\\', '/').TrimEnd('/');
        text = text.Replace(absolute + "/", string.Empty, StringComparison.Ordinal);
        if (!relative.StartsWith("..", StringComparison.Ordinal) && relative != ".")
        {
            text = text.Replace(relative + "/", string.Empty, StringComparison.Ordinal);
        }

        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}
