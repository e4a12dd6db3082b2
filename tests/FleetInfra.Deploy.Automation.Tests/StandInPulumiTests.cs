using System.Diagnostics;

namespace FleetInfra.Deploy.Automation.Tests;

/// <summary>The stand-in CLI itself: the tests read its call log, so calls running at once must not mix their lines.</summary>
public sealed class StandInPulumiTests : IDisposable
{
    private readonly StandInPulumi _pulumi = new();

    public void Dispose() => _pulumi.Dispose();

    /// <summary>
    /// <c>fleet deploy --parallel</c> runs several <c>pulumi</c> processes at once; each call's arguments, environment
    /// and working folder are read as three consecutive lines, so each call writes them as one record.
    /// </summary>
    [Fact]
    public async Task CallsAtOnce_LogEachCallAsOneRecord()
    {
        const int calls = 128;
        var folders = Enumerable.Range(0, calls).Select(i => Directory.CreateDirectory(Path.Combine(_pulumi.Root, $"run-{i}")).FullName).ToList();

        await Task.WhenAll(folders.Select((folder, i) => RunAsync(folder, "version", $"--call-{i}.")));

        foreach (var (folder, i) in folders.Select((folder, i) => (folder, i)))
        {
            Assert.Equal(folder, _pulumi.WorkingFolderOf($"version --call-{i}."));
        }
    }

    private async Task RunAsync(string workingFolder, params string[] arguments)
    {
        var start = new ProcessStartInfo(Path.Combine(_pulumi.Root, "bin", "pulumi")) { WorkingDirectory = workingFolder, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
    }
}
