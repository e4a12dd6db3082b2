using FleetInfra.Deploy.Commands;
using FleetInfra.Deploy.Tests;

namespace FleetInfra.Deploy.Automation.Tests;

/// <summary>fleet-deploy's entry point over the real Automation API and the stand-in CLI: validation, streaming, masking, summary.</summary>
public sealed class FleetDeployEndToEndTests : IDisposable
{
    private readonly StandInPulumi _pulumi = new();
    private readonly TempProject _project = new();

    public void Dispose()
    {
        _pulumi.Dispose();
        _project.Dispose();
    }

    private (int ExitCode, string[] Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        using var engine = _pulumi.Engine();
        var exitCode = DeployCli.Run([.. args, "--project", _project.Root], new DeployConsole(output, error), engine);
        return (exitCode, output.ToString().ReplaceLineEndings("\n").Split('\n'), error.ToString());
    }

    [Fact]
    public void Preview_StreamsMaskedLinesAndSummarisesTheEngineCounts()
    {
        var (exitCode, output, error) = Run("preview", "--stack", "dev,staging", "--parallel", "2");

        Assert.Equal((0, string.Empty), (exitCode, error));
        Assert.Contains("[dev] Previewing update (dev):", output);
        Assert.Contains("[staging]   connecting with [secret]", output);
        Assert.DoesNotContain(output, l => l.Contains("s3cret-db-pass", StringComparison.Ordinal));
        var dev = output.Single(l => l.StartsWith("│ dev ", StringComparison.Ordinal)).Split('│', StringSplitOptions.TrimEntries)[1..^1];
        Assert.Equal(["dev", "preview", "succeeded", "2", "0", "0", "0", "5"], dev[..8]);
    }

    [Fact]
    public void FailedUp_IsOneLineAndExitOne()
    {
        _pulumi.Failing("up", "error: update failed: aws: AccessDenied\n");

        var (exitCode, output, error) = Run("up", "--stack", "dev");

        Assert.Equal(1, exitCode);
        Assert.Contains("[dev] error: update failed: aws: AccessDenied", output);
        Assert.Equal("fleet deploy: dev: error: update failed: aws: AccessDenied\n", error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Outputs_NestedSecretsPrintMasked()
    {
        _pulumi.WithStack("dev");

        var (exitCode, output, error) = Run("outputs", "--stack", "dev");

        Assert.Equal((0, string.Empty), (exitCode, error));
        Assert.Contains("[dev] clusters = {\"eks-use1\":{\"endpoint\":\"[secret]\",\"version\":\"1.33\"}}", output);
        Assert.DoesNotContain(output, l => l.Contains("C0FFEE42", StringComparison.Ordinal));
    }

    [Fact]
    public void Drift_OnAStackMissingFromTheBackend_FailsWithoutCreatingIt()
    {
        var (exitCode, _, error) = Run("drift", "--stack", "dev");

        Assert.Equal(1, exitCode);
        Assert.Contains("dev: stack dev does not exist in the backend", error, StringComparison.Ordinal);
        Assert.DoesNotContain(_pulumi.Calls, c => c.StartsWith("stack init", StringComparison.Ordinal));
    }

    [Fact]
    public void ParallelStacks_BuildTheProgramOnceAndRunItsBinary()
    {
        using var engine = _pulumi.Engine();

        var exitCode = DeployCli.Run(["preview", "--stack", "dev,staging", "--parallel", "2", "--project", _project.Root], new DeployConsole(new StringWriter(), new StringWriter()), engine);

        Assert.Equal(0, exitCode);
        Assert.Equal(["publish FleetInfra.Program"], _pulumi.Calls.Where(c => c.StartsWith("publish", StringComparison.Ordinal)));
        var runFolder = _pulumi.WorkingFolderOf("preview");
        Assert.Equal(runFolder, _pulumi.WorkingFolderOf("preview --exec-kind auto.local --stack dev"));
        Assert.Equal(runFolder, _pulumi.WorkingFolderOf("preview --exec-kind auto.local --stack staging"));
        var project = File.ReadAllText(Path.Combine(runFolder, "Pulumi.yaml"));
        Assert.Contains($"runtime:\n  name: dotnet\n  options:\n    binary: {Path.Combine(runFolder, "bin", "FleetInfra.Program.dll")}\n", project, StringComparison.Ordinal);
        Assert.DoesNotContain("main:", project, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(runFolder, "stacks", "Pulumi.dev.yaml")));
    }

    [Fact]
    public void Outputs_RunNoBuild()
    {
        _pulumi.WithStack("dev");

        Run("outputs", "--stack", "dev");

        Assert.DoesNotContain(_pulumi.Calls, c => c.StartsWith("publish", StringComparison.Ordinal));
        Assert.Equal(_project.Root, _pulumi.WorkingFolderOf("stack output"));
    }
}
