using System.ComponentModel;
using System.Diagnostics;

namespace FleetInfra.Cli.Git;

/// <summary>Runs the <c>git</c> executable in a folder, never through a shell, with each argument passed as it is.</summary>
internal static class GitCommand
{
    /// <summary>Thrown when <c>git</c> cannot be started at all (not installed, not on PATH).</summary>
    public sealed class NotFoundException(string message) : Exception(message);

    /// <summary>Its exit code, standard output and the first line of standard error.</summary>
    public static (int ExitCode, string Output, string Error) Run(string folder, params string[] args)
    {
        using var process = Start(folder, args);
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Trim(), FirstLine(error.Result));
    }

    /// <summary>Hands standard output to <paramref name="read"/> as a stream (for <c>git archive</c>); the exit code and the first line of standard error.</summary>
    public static (int ExitCode, string Error) Stream(string folder, Action<Stream> read, params string[] args)
    {
        using var process = Start(folder, args);
        var error = process.StandardError.ReadToEndAsync();
        read(process.StandardOutput.BaseStream);
        process.StandardOutput.BaseStream.CopyTo(System.IO.Stream.Null);
        process.WaitForExit();
        return (process.ExitCode, FirstLine(error.Result));
    }

    private static Process Start(string folder, string[] args)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // Messages in English whatever the user's locale, and never a pager or a prompt.
        start.Environment["LC_ALL"] = "C";
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        try
        {
            return Process.Start(start) ?? throw new NotFoundException("git could not be started");
        }
        catch (Win32Exception ex)
        {
            throw new NotFoundException($"git could not be started ({ex.Message}); fleet diff reads the base revision with git, install it or put it on PATH");
        }
    }

    private static string FirstLine(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? string.Empty;
}
