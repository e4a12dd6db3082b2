using System.Diagnostics;
using FleetInfra.Tests.Shared;

namespace FleetInfra.Cli.Tests.GitOps;

/// <summary>The <c>kubectl</c> on PATH, run as a child process.</summary>
internal static class Kubectl
{
    /// <summary>The kubectl executable on PATH, or null.</summary>
    public static string? Path { get; } = Executables.OnPath(OperatingSystem.IsWindows() ? "kubectl.exe" : "kubectl");

    /// <summary>What <c>kubectl kustomize FOLDER</c> prints; fails the test with kubectl's own error otherwise.</summary>
    public static string Kustomize(string folder)
    {
        var start = new ProcessStartInfo(Path ?? throw new InvalidOperationException(KubectlFactAttribute.NotRun))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("kustomize");
        start.ArgumentList.Add(folder);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"kubectl kustomize {folder} failed ({process.ExitCode}): {error.Result}");
        return output;
    }
}
