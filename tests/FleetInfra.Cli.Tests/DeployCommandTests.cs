namespace FleetInfra.Cli.Tests;

/// <summary>fleet deploy parses like fleet-deploy and hands engine operations over to it, or says in one line that it is missing.</summary>
public sealed class DeployCommandTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("fleet-deploy-cli-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void EngineOperation_WithoutTheAdapter_IsOneLineAndExitOne()
    {
        var run = CliRun.Of("deploy", "preview", "--stack", "dev");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            "fleet deploy: the engine adapter fleet-deploy was not found beside fleet; publish it into fleet's folder ('dotnet publish infra/FleetInfra.Deploy.Automation -o DIR' with the same DIR as fleet) or set FLEET_DEPLOY to its path\n",
            run.Error);
    }

    [Fact]
    public void EngineOperation_IsHandedOverWithItsArgumentsAndExitCode()
    {
        var adapter = Path.Combine(_temp, "fleet-deploy");
        File.WriteAllText(adapter, "#!/bin/sh\necho \"adapter got: $*\"\necho 'adapter complains' >&2\nexit 3\n");
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        File.SetUnixFileMode(adapter, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Environment.SetEnvironmentVariable("FLEET_DEPLOY", adapter);
        try
        {
            var run = CliRun.Of("deploy", "drift", "--all", "--shard", "1/2", "--json", "drift.json");

            Assert.Equal((3, "adapter got: drift --all --shard 1/2 --json drift.json\n", "adapter complains\n"), (run.ExitCode, run.Output, run.Error));
        }
        finally
        {
            Environment.SetEnvironmentVariable("FLEET_DEPLOY", null);
        }
    }

    [Fact]
    public void TargetsExpired_IsHandedOver_ForTheBackendsReviewStacks()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var adapter = Path.Combine(_temp, "fleet-deploy");
        File.WriteAllText(adapter, "#!/bin/sh\necho \"adapter got: $*\"\n");
        File.SetUnixFileMode(adapter, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Environment.SetEnvironmentVariable("FLEET_DEPLOY", adapter);
        try
        {
            var run = CliRun.Of("deploy", "targets", "--expired", "--project", CliRun.RepositoryRoot);

            Assert.Equal((0, $"adapter got: targets --expired --project {CliRun.RepositoryRoot}\n"), (run.ExitCode, run.Output));
        }
        finally
        {
            Environment.SetEnvironmentVariable("FLEET_DEPLOY", null);
        }
    }

    [Fact]
    public void UsageErrors_AreCaughtBeforeLookingForTheAdapter()
    {
        var run = CliRun.Of("deploy", "up", "--stack", "dev", "--all");

        Assert.Equal((2, "fleet: give exactly one of --stack NAME[,NAME...], --all or --expired\nrun 'fleet --help' for usage\n"), (run.ExitCode, run.Error));
    }

    [Fact]
    public void Targets_NeedsNoAdapter()
    {
        var run = CliRun.Of("deploy", "targets", "--all", "--project", CliRun.RepositoryRoot);

        Assert.Equal(
            (0, """[{"stack":"dev","environment":"dev","providers":["eks","gke"]},{"stack":"prod","environment":"production","providers":["eks","gke"]},{"stack":"staging","environment":"staging","providers":["eks","gke"]}]""" + "\n"),
            (run.ExitCode, run.Output));
    }

    [Fact]
    public async Task Interrupt_ReachesTheAdapterAsOneSigint()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var adapter = Path.Combine(_temp, "fleet-deploy");
        var log = Path.Combine(_temp, "adapter.log");
        File.WriteAllText(adapter, $"#!/bin/bash\ntrap 'echo INT >>{log}; kill $sleeper; exit 130' INT\necho started >>{log}\nsleep 600 &\nsleeper=$!\nwait $sleeper\n");
        File.SetUnixFileMode(adapter, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        using var interruption = new FleetInfra.Deploy.Interrupts.Interruption();

        var run = Task.Run(() => Deploy.EngineAdapter.Run((adapter, []), ["up", "--stack", "dev"], new FleetInfra.Deploy.DeployConsole(new StringWriter(), new StringWriter()), interruption));
        for (var waited = 0; !(File.Exists(log) && File.ReadAllText(log).Contains("started", StringComparison.Ordinal)) && waited < 300; waited++)
        {
            await Task.Delay(100);
        }

        interruption.Signal();

        Assert.Equal(130, await run);
        Assert.Equal(["started", "INT"], File.ReadAllLines(log));
    }
}
