using System.Diagnostics;

namespace FleetInfra.Cli.Tests;

/// <summary>
/// <c>fleet</c> as a separate operating-system process, for what only processes show (locks) and for the native
/// build: the executable named by <c>FLEET_BINARY</c> (scripts/test points it at the published native fleet), else
/// the JIT build beside the tests (<c>dotnet fleet.dll ...</c>).
/// </summary>
internal static class FleetProcess
{
    /// <summary>The environment variable naming a <c>fleet</c> executable to run instead of the JIT build.</summary>
    public const string BinaryVariable = "FLEET_BINARY";

    /// <summary>Starts <c>fleet</c> with redirected output; read both streams before waiting for it to exit.</summary>
    public static Process Start(params string[] args) => StartIn(null, args);

    /// <summary>Starts <c>fleet</c> in <paramref name="workingDirectory"/> (the test's own when null), as a user runs it from a repository.</summary>
    public static Process StartIn(string? workingDirectory, params string[] args)
    {
        var binary = Environment.GetEnvironmentVariable(BinaryVariable) is { Length: > 0 } path ? Path.GetFullPath(path) : null;
        var start = new ProcessStartInfo(binary ?? DotnetHost)
        {
            WorkingDirectory = workingDirectory ?? string.Empty,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (binary is null)
        {
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "fleet.dll"));
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
    }

    /// <summary>Runs <c>fleet</c> to its end.</summary>
    public static async Task<CliRun> Run(params string[] args)
    {
        using var process = Start(args);
        return await Finish(process);
    }

    /// <summary>Reads what a started process prints and waits for it to end; a run that hangs fails the test instead of blocking it.</summary>
    public static async Task<CliRun> Finish(Process process)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return new CliRun(process.ExitCode, (await output).ReplaceLineEndings("\n"), (await error).ReplaceLineEndings("\n"));
    }

    /// <summary>The <c>dotnet</c> running these tests, so that the child uses the same runtime.</summary>
    private static string DotnetHost =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host
        : Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath!
        : "dotnet";
}
