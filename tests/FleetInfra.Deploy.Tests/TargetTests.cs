using System.Text.Json;

namespace FleetInfra.Deploy.Tests;

/// <summary>--stack, --all and --shard choose the stacks; every choice is checked before the engine is called.</summary>
public sealed class TargetTests : IDisposable
{
    private readonly TempProject _project = new();
    private readonly FakeEngine _engine = new();

    public void Dispose() => _project.Dispose();

    [Fact]
    public void All_RunsEveryStackFileInNameOrder()
    {
        var run = DeployRun.Of(_engine, _project, "preview", "--all", "--parallel", "1");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["dev: preview", "prod: preview", "staging: preview"], _engine.Calls.Where(c => c.EndsWith("preview", StringComparison.Ordinal)));
        Assert.Equal(["dev", "preview", "succeeded", "1", "2", "0", "0", "5"], run.Row("dev")[..8]);
    }

    [Fact]
    public void Stack_TakesCommaSeparatedAndRepeatedNames()
    {
        var run = DeployRun.Of(_engine, _project, "preview", "--stack", "staging,dev", "-s", "dev");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["dev: preview", "staging: preview"], _engine.Calls.Where(c => !c.EndsWith("open", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("1/2", new[] { "dev", "staging" })]
    [InlineData("2/2", new[] { "prod" })]
    [InlineData("1/1", new[] { "dev", "prod", "staging" })]
    [InlineData("3/3", new[] { "staging" })]
    public void Shard_DealsSortedStacksRoundRobin(string shard, string[] expected)
    {
        var run = DeployRun.Of(_engine, _project, "targets", "--all", "--shard", shard);

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        Assert.Equal(expected, StacksOf(run));
    }

    [Fact]
    public void Shard_EveryStackLandsInExactlyOneShard()
    {
        _project.WithStack("qa", t => t).WithStack("perf", t => t).WithStack("eu", t => t);
        var shards = Enumerable.Range(1, 4)
            .SelectMany(i => StacksOf(DeployRun.Of(_engine, _project, "targets", "--all", "--shard", $"{i}/4")))
            .ToList();

        Assert.Equal(["dev", "eu", "perf", "prod", "qa", "staging"], shards.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Targets_EmitEachStackWithItsCiEnvironmentAndProviders_EveryProductionStackInOneEnvironment()
    {
        _project
            .WithStack("live", t => t.Replace("config:\n", "config:\n  fleet:environment: production\n  fleet:allowSchedules: true\n  fleet:policies: { FI001: off }\n", StringComparison.Ordinal))
            .WithStack("shared", t => t.Replace("config:\n", "config:\n  fleet:environment: shared\n  fleet:protect: true\n", StringComparison.Ordinal))
            .WithStack("eu", t => GkeClusterOfDev().Replace(t, string.Empty));

        var run = DeployRun.Of(_engine, _project, "targets", "--all");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            """
            [{"stack":"dev","environment":"dev","providers":["eks","gke"]},{"stack":"eu","environment":"eu","providers":["eks"]},{"stack":"live","environment":"production","providers":["eks","gke"]},{"stack":"prod","environment":"production","providers":["eks","gke"]},{"stack":"shared","environment":"production","providers":["eks","gke"]},{"stack":"staging","environment":"staging","providers":["eks","gke"]}]
            """ + "\n",
            run.Output);
        Assert.Empty(_engine.Calls);
    }

    [Fact]
    public void Targets_OfAnInvalidStack_FailsWithItsDiagnosticsAndPrintsNoMatrix()
    {
        _project.WithStack("broken", t => t.Replace("provider: eks", "provider: aks", StringComparison.Ordinal));

        var run = DeployRun.Of(_engine, _project, "targets", "--all");

        Assert.Equal((1, string.Empty), (run.ExitCode, run.Output));
        Assert.Contains(run.ErrorLines, l => l.Contains("Pulumi.broken.yaml", StringComparison.Ordinal) && l.Contains("provider", StringComparison.Ordinal));
        Assert.Equal("fleet deploy: no targets: broken is invalid (see above)", run.ErrorLines[^1]);
    }

    private static string[] StacksOf(DeployRun run) =>
        [.. JsonDocument.Parse(run.Output).RootElement.EnumerateArray().Select(target => target.GetProperty("stack").GetString()!)];

    /// <summary>The dev stack's GKE cluster, from its list entry up to the next key.</summary>
    private static System.Text.RegularExpressions.Regex GkeClusterOfDev() => new(@"    - name: gke-euw1\n(      .*\n)+");

    [Fact]
    public void Shard_Empty_SaysSoAndSucceeds()
    {
        var run = DeployRun.Of(_engine, _project, "up", "--stack", "dev", "--shard", "2/2");

        Assert.Equal((0, "shard 2/2 has no stacks; nothing to do\n"), (run.ExitCode, run.Output));
        Assert.Empty(_engine.Calls);
    }

    [Theory]
    [InlineData("0/2")]
    [InlineData("3/2")]
    [InlineData("a/b")]
    [InlineData("1")]
    public void Shard_Malformed_IsAUsageError(string shard)
    {
        var run = DeployRun.Of(_engine, _project, "preview", "--all", "--shard", shard);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"fleet deploy: --shard '{shard}' is not a shard; use i/n with 1 <= i <= n, like 1/3", run.ErrorLines[0]);
    }

    [Fact]
    public void UnknownStack_IsAUsageErrorListingTheKnownOnes()
    {
        var run = DeployRun.Of(_engine, _project, "preview", "--stack", "dev,qa");

        Assert.Equal((2, "fleet deploy: no stack file stacks/Pulumi.qa.yaml; known stacks: dev, prod, staging\n"), (run.ExitCode, run.Error));
        Assert.Empty(_engine.Calls);
    }

    [Theory]
    [InlineData("preview")]
    [InlineData("preview", "--all", "--stack", "dev")]
    public void StackAndAll_ExactlyOneIsRequired(params string[] args)
    {
        var run = DeployRun.Of(_engine, _project, args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("fleet deploy: give exactly one of --stack NAME[,NAME...], --all or --expired", run.ErrorLines[0]);
    }

    [Fact]
    public void Parallel_BelowOne_IsAUsageError()
    {
        var run = DeployRun.Of(_engine, _project, "preview", "--all", "--parallel", "0");

        Assert.Equal((2, "fleet deploy: --parallel must be at least 1"), (run.ExitCode, run.ErrorLines[0]));
    }
}
