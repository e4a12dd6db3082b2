using System.Diagnostics;

namespace FleetInfra.Cli.Tests;

/// <summary>The built <c>fleet</c> as a separate operating-system process (<c>dotnet fleet.dll ...</c>), for what only processes show: locks.</summary>
internal static class FleetProcess
{
    /// <summary>Starts <c>fleet</c> with redirected output; read both streams before waiting for it to exit.</summary>
    public static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo(DotnetHost)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "fleet.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
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
