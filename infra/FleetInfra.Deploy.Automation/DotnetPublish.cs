using System.Diagnostics;
using FleetInfra.Deploy.Engine;

namespace FleetInfra.Deploy.Automation;

/// <summary><c>dotnet publish</c> of the program: its main assembly is the <c>.dll</c> beside the one <c>*.runtimeconfig.json</c> in the output.</summary>
internal static class DotnetPublish
{
    public static async Task<string> RunAsync(string programDirectory, string outputDirectory, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "publish", programDirectory, "-c", "Release", "-o", outputDirectory, "--nologo", "-v", "quiet" })
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new StackEngineException("could not start 'dotnet publish' to build the program");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var text = await output.ConfigureAwait(false) + await error.ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            var first = text.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.TrimEntries).FirstOrDefault(l => l.Contains("error", StringComparison.OrdinalIgnoreCase)) ?? $"exit code {process.ExitCode}";
            throw new StackEngineException($"building the program failed: {first}");
        }

        var runtimeConfig = Directory.GetFiles(outputDirectory, "*.runtimeconfig.json").SingleOrDefault()
            ?? throw new StackEngineException($"building the program left no single *.runtimeconfig.json in {outputDirectory}");
        return runtimeConfig[..^".runtimeconfig.json".Length] + ".dll";
    }
}
