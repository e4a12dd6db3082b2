using FleetInfra.Core.Planning;

namespace FleetInfra.Deploy.Tests;

/// <summary>Every targeted stack is validated offline before any engine call, with the messages of fleet validate.</summary>
public sealed class ValidationGateTests : IDisposable
{
    private readonly TempProject _project = new TempProject().WithStack("broken", t => t.Replace("kubernetesVersion: \"1.33\"", "kubernetesVersion: 1.30", StringComparison.Ordinal));
    private readonly FakeEngine _engine = new();

    public void Dispose() => _project.Dispose();

    [Fact]
    public void InvalidStack_StopsEveryStackBeforeTheEngine()
    {
        var run = DeployRun.Of(_engine, _project, "up", "--stack", "dev,broken");

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(_engine.Calls);
        var validate = FleetLoader.Load(_project.StackFile("broken"), stackName: "broken").Diagnostics.Select(d => d.ToString()).ToList();
        Assert.NotEmpty(validate);
        Assert.Equal(
            [.. validate, "fleet deploy: broken failed validation; nothing was run (fix the problems above, or pass --keep-going to run the valid stacks)"],
            run.ErrorLines);
    }

    [Fact]
    public void KeepGoing_RunsTheValidStacksAndStillFails()
    {
        var run = DeployRun.Of(_engine, _project, "preview", "--stack", "dev,broken", "--keep-going");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["dev: open", "dev: preview"], _engine.Calls);
        Assert.Equal(["broken", "preview", "invalid"], run.Row("broken")[..3]);
        Assert.Equal(["dev", "preview", "succeeded"], run.Row("dev")[..3]);
        Assert.Contains("fleet deploy: broken: failed validation; skipped", run.ErrorLines);
    }
}
