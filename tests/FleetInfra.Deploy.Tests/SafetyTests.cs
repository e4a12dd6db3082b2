namespace FleetInfra.Deploy.Tests;

/// <summary>Production stacks (environment prod/production or fleet:protect: true) need an explicit yes to destroy and a saved plan to update.</summary>
public sealed class SafetyTests : IDisposable
{
    private readonly TempProject _project = new TempProject()
        .WithStack("shared", t => t.Replace("config:\n", "config:\n  fleet:protect: true\n", StringComparison.Ordinal))
        .WithStack("live", t => t.Replace("config:\n", "config:\n  fleet:environment: production\n  fleet:protect: false\n  fleet:allowSchedules: true\n  fleet:policies: { FI001: off }\n", StringComparison.Ordinal));

    private readonly FakeEngine _engine = new();

    public void Dispose() => _project.Dispose();

    [Fact]
    public void DestroyProduction_IsRefusedBeforeAnyEngineCall()
    {
        var run = DeployRun.Of(_engine, _project, "destroy", "--stack", "dev,prod,shared,live");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(_engine.Calls);
        Assert.Equal(
        [
            "fleet deploy: refusing to destroy production stack live (environment production); pass --yes-destroy-production live to destroy it",
            "fleet deploy: refusing to destroy production stack prod (environment prod); pass --yes-destroy-production prod to destroy it",
            "fleet deploy: refusing to destroy production stack shared (fleet:protect is true); pass --yes-destroy-production shared to destroy it",
        ], run.ErrorLines.Where(l => l.StartsWith("fleet deploy:", StringComparison.Ordinal)));
    }

    [Fact]
    public void DestroyProduction_ConfirmedByName_Runs()
    {
        var run = DeployRun.Of(_engine, _project, "destroy", "--stack", "prod,live", "--yes-destroy-production", "prod,live", "--parallel", "1");

        Assert.Equal(0, run.ExitCode);
        // Every stack is selected (its secrets read) before any runs; each stack's own calls keep their order.
        Assert.Equal(["live: select", "live: destroy"], _engine.Calls.Where(c => c.StartsWith("live:", StringComparison.Ordinal)));
        Assert.Equal(["prod: select", "prod: destroy"], _engine.Calls.Where(c => c.StartsWith("prod:", StringComparison.Ordinal)));
    }

    [Fact]
    public void DestroyProduction_TheConfirmationCoversOnlyTheStacksItNames()
    {
        var run = DeployRun.Of(_engine, _project, "destroy", "--stack", "prod,live", "--yes-destroy-production", "prod");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(_engine.Calls);
        Assert.Equal(
            "fleet deploy: refusing to destroy production stack live (environment production); pass --yes-destroy-production live to destroy it",
            run.ErrorLines.Single(l => l.StartsWith("fleet deploy:", StringComparison.Ordinal)));
    }

    [Fact]
    public void DestroyProduction_ANameThatIsNoProductionStackOfTheRun_IsRefused()
    {
        var run = DeployRun.Of(_engine, _project, "destroy", "--stack", "prod,dev", "--yes-destroy-production", "prod,dev,prdo");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(_engine.Calls);
        Assert.Equal(
            "fleet deploy: --yes-destroy-production names dev, prdo, which are not production stacks of this run (production stacks: prod); name exactly the production stacks to destroy",
            run.ErrorLines.Single(l => l.StartsWith("fleet deploy:", StringComparison.Ordinal)));
    }

    [Fact]
    public void DestroyNonProduction_NeedsNoFlag()
    {
        Assert.Equal(0, DeployRun.Of(_engine, _project, "destroy", "--stack", "dev").ExitCode);
    }

    [Fact]
    public void UpProduction_WithoutAPlan_IsRefused()
    {
        var run = DeployRun.Of(_engine, _project, "up", "--stack", "prod");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(_engine.Calls);
        Assert.Equal(
            "fleet deploy: up of production stack prod (environment prod) needs the plan of a reviewed preview: run 'fleet deploy preview --plan DIR' first, then 'fleet deploy up --plan DIR' (or pass --no-plan)",
            run.ErrorLines.Single());
    }

    [Fact]
    public void UpProduction_WithAMissingPlanFile_IsRefused()
    {
        var plans = _project.PathOf("plans");

        var run = DeployRun.Of(_engine, _project, "up", "--stack", "prod", "--plan", plans);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            $"fleet deploy: no saved plan {Path.Combine(plans, "prod.plan.json")} for production stack prod; run 'fleet deploy preview --stack prod --plan {plans}' first",
            run.ErrorLines.Single());
    }

    [Fact]
    public void PreviewThenUp_SavesAndAppliesOnePlanPerStack()
    {
        var plans = _project.PathOf("plans");

        var preview = DeployRun.Of(_engine, _project, "preview", "--stack", "dev,prod", "--plan", plans);
        File.WriteAllText(Path.Combine(plans, "prod.plan.json"), "{}");
        var up = DeployRun.Of(_engine, _project, "up", "--stack", "prod", "--plan", plans);

        Assert.Equal((0, 0), (preview.ExitCode, up.ExitCode));
        Assert.True(Directory.Exists(plans));
        Assert.Equal(["dev: preview plan=dev.plan.json", "prod: preview plan=prod.plan.json", "prod: up plan=prod.plan.json"],
            _engine.Calls.Where(c => !c.EndsWith("open", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void UpProduction_NoPlan_RunsWithoutOne()
    {
        var run = DeployRun.Of(_engine, _project, "up", "--stack", "prod", "--no-plan");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["prod: open", "prod: up"], _engine.Calls);
    }
}
