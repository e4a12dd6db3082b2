using System.Text.Json;

namespace FleetInfra.Deploy.Tests;

/// <summary><c>fleet deploy up --all --waves</c> and <c>targets --waves</c>: the stacks of a fleet in rollout waves, against the fake engine.</summary>
public sealed class WaveTests : IDisposable
{
    private const string Rollout =
        "  fleet:rollout: { waves: [ { clusters: { matchLabels: { environment: dev } } }, { clusters: { matchLabels: { stack: staging } } }, { percent: 100 } ] }\n";

    private readonly TempProject _project = new();
    private readonly FakeEngine _engine = new();

    public WaveTests()
    {
        foreach (var stack in new[] { "dev", "staging", "prod" })
        {
            var file = _project.StackFile(stack);
            File.WriteAllText(file, File.ReadAllText(file).Replace("config:\n", "config:\n" + Rollout, StringComparison.Ordinal));
        }
    }

    public void Dispose() => _project.Dispose();

    [Fact]
    public void UpWithWaves_PrintsThePlanFirst_AndRunsWaveByWave()
    {
        var run = DeployRun.Of(_engine, _project, "up", "--all", "--waves", "--no-plan");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["wave plan (3 waves, 0s pause after each):", "  wave 1: dev", "  wave 2: staging", "  wave 3: prod"], run.OutputLines[..4]);
        Assert.Equal(["dev: up", "staging: up", "prod: up"], _engine.Calls.Where(c => c.EndsWith(": up", StringComparison.Ordinal)));
    }

    [Fact]
    public void FailingWave_StopsTheRun_AndTheJsonRecordsEachWave()
    {
        _engine.Scripts["staging"] = new FakeScript { FailWith = "error: Deployment orders did not become ready" };
        var json = _project.PathOf("summary.json");

        var run = DeployRun.Of(_engine, _project, "up", "--all", "--waves", "--no-plan", "--json", json);

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain("prod: up", _engine.Calls);
        Assert.Equal(["prod", "up", "skipped"], run.Row("prod")[..3]);
        using var summary = JsonDocument.Parse(File.ReadAllText(json));
        var waves = summary.RootElement.GetProperty("waves").EnumerateArray()
            .Select(w => $"{w.GetProperty("wave").GetInt32()}:{string.Join(",", w.GetProperty("stacks").EnumerateArray().Select(s => s.GetString()))}:{w.GetProperty("result").GetString()}");
        Assert.Equal(["1:dev:succeeded", "2:staging:failed", "3:prod:skipped"], waves);
        var prod = summary.RootElement.GetProperty("stacks").EnumerateArray().Single(s => s.GetProperty("stack").GetString() == "prod");
        Assert.Equal("not run: wave 2 failed (staging)", prod.GetProperty("error").GetString());
    }

    [Fact]
    public void TargetsWithWaves_EmitsOneMatrixPerWave()
    {
        var run = DeployRun.Of(_engine, _project, "targets", "--all", "--waves");

        Assert.Equal(0, run.ExitCode);
        using var matrix = JsonDocument.Parse(run.Output);
        Assert.Equal(
            ["1:dev", "2:staging", "3:prod"],
            matrix.RootElement.EnumerateArray().Select(w => $"{w.GetProperty("wave").GetInt32()}:{string.Join(",", w.GetProperty("stacks").EnumerateArray().Select(s => s.GetProperty("stack").GetString()))}"));
    }

    [Fact]
    public void StacksStatingDifferentWaves_AreRefused()
    {
        var prod = _project.StackFile("prod");
        File.WriteAllText(prod, File.ReadAllText(prod).Replace(Rollout, "  fleet:rollout: { waves: [ { percent: 100 } ] }\n", StringComparison.Ordinal));

        var run = DeployRun.Of(_engine, _project, "up", "--all", "--waves", "--no-plan");

        Assert.Equal(2, run.ExitCode);
        Assert.DoesNotContain(_engine.Calls, c => c.EndsWith(": up", StringComparison.Ordinal));
        Assert.Contains(run.ErrorLines, l => l.Contains("state different fleet:rollout waves", StringComparison.Ordinal));
    }
}
