namespace FleetInfra.Cli.Tests.BadInput;

/// <summary>Runs the real <c>fleet</c> entry point in-process and captures what it prints.</summary>
internal static class FleetCommand
{
    public static CommandResult Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = FleetCli.Run(args, new CliConsole(output, error));
        return new CommandResult(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>The repository root: the nearest folder above the test binaries that holds <c>Pulumi.yaml</c>.</summary>
    public static string RepositoryRoot() => CliRun.RepositoryRoot;
}

internal sealed record CommandResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Standard error with every absolute or working-folder-relative form of <paramref name="folder"/> removed.</summary>
    public string[] StderrLinesRelativeTo(string folder)
    {
        var text = Stderr.Replace('\\', '/');
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
