using System.Diagnostics;
using FleetInfra.Deploy;
using FleetInfra.Deploy.Commands;
using FleetInfra.Deploy.Interrupts;

namespace FleetInfra.Cli.Deploy;

/// <summary>
/// <c>fleet deploy</c> engine operations run in <c>fleet-deploy</c>, the adapter over the Pulumi Automation API, so that
/// <c>fleet</c> itself never needs the Pulumi packages. This finds it (<c>FLEET_DEPLOY</c>, or beside <c>fleet</c>)
/// and hands the command line over, passing its output and exit code through.
/// </summary>
internal static class EngineAdapter
{
    public const string EnvironmentVariable = "FLEET_DEPLOY";
    public const string ExecutableName = "fleet-deploy";

    public static DeployHandler Handler(string[] deployArgs, DeployConsole console) => (_, interruption) =>
    {
        if (Locate() is not { } start)
        {
            return Task.FromResult(console.Fail(
                $"the engine adapter {ExecutableName} was not found beside fleet; publish it into fleet's folder ('dotnet publish infra/FleetInfra.Deploy.Automation -o DIR' with the same DIR as fleet) or set {EnvironmentVariable} to its path",
                DeployExitCodes.Failure));
        }

        return Task.FromResult(Run(start, deployArgs, console, interruption));
    };

    /// <summary>The program to start and the arguments that come before the deploy arguments; null when there is no adapter.</summary>
    internal static (string FileName, string[] Prefix)? Locate()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        var candidates = string.IsNullOrEmpty(configured)
            ? [Path.Combine(AppContext.BaseDirectory, ExecutableName), Path.Combine(AppContext.BaseDirectory, ExecutableName + ".exe"), Path.Combine(AppContext.BaseDirectory, ExecutableName + ".dll")]
            : new[] { Path.GetFullPath(configured) };
        var found = candidates.FirstOrDefault(File.Exists);
        return found switch
        {
            null => null,
            _ when found.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) => ("dotnet", [found]),
            _ => (found, []),
        };
    }

    internal static int Run((string FileName, string[] Prefix) start, string[] deployArgs, DeployConsole console, Interruption interruption)
    {
        var inherit = console.Output == Console.Out && console.Error == Console.Error;
        var info = new ProcessStartInfo(start.FileName) { UseShellExecute = false, RedirectStandardOutput = !inherit, RedirectStandardError = !inherit };
        foreach (var argument in start.Prefix.Concat(deployArgs))
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {start.FileName}");
        if (!inherit)
        {
            process.OutputDataReceived += (_, e) => Forward(console.Output, e.Data);
            process.ErrorDataReceived += (_, e) => Forward(console.Error, e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        // Each interrupt reaches the adapter as one SIGINT (from a terminal it already has the first one): the first
        // stops its engines cleanly, the second kills them. It prints its summary and exits; fleet waits for that and
        // passes its exit code on.
        using var stop = interruption.ForwardStop.Register(() => Interrupt(process));
        using var force = interruption.Force.Register(() => Interrupt(process));
        process.WaitForExit();
        return process.ExitCode;
    }

    private static void Forward(TextWriter writer, string? line)
    {
        if (line is not null)
        {
            lock (writer)
            {
                writer.WriteLine(line);
            }
        }
    }

    private static void Interrupt(Process process)
    {
        if (!process.HasExited)
        {
            ChildProcesses.Interrupt(process.Id);
        }
    }
}
