namespace FleetInfra.Cli.Tests;

/// <summary><c>fleet policy list</c>, and how policy findings reach validate, plan and render.</summary>
public sealed class PolicyCommandTests
{
    [Fact]
    public void PolicyList_WithoutAStack_ShowsEveryPolicyAtItsDefaultLevel()
    {
        var run = CliRun.Of("policy", "list");

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        Assert.Contains("Policies (default levels; set them per stack with fleet:policies)", run.Output, StringComparison.Ordinal);
        for (var i = 1; i <= 9; i++)
        {
            Assert.Contains($"│ FI00{i} │", run.Output, StringComparison.Ordinal);
        }

        Assert.Contains("│ FI003 │ warning │ warning │ default", run.Output, StringComparison.Ordinal);
        Assert.Contains("Hazards of fleet diff (set like the policies, in fleet:policies)", run.Output, StringComparison.Ordinal);
        for (var i = 1; i <= 9; i++)
        {
            Assert.Contains($"│ FI10{i} │", run.Output, StringComparison.Ordinal);
        }

        Assert.Contains("│ FI107 │ warning │ warning │ default │ a node group's instance types, disk or taints change", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void PolicyList_ForAStack_ShowsItsOverrides()
    {
        var run = CliRun.Of("policy", "list", "--config", CliRun.StackFile("prod"));

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        Assert.Contains("Policies of stack prod", run.Output, StringComparison.Ordinal);
        Assert.Contains("│ FI003 │ error   │ warning │ fleet:policies │", run.Output, StringComparison.Ordinal);
        Assert.Contains("│ FI007 │ warning │ warning │ default        │", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void PolicyList_BrokenPolicyLevel_IsBadInputWithTheLine()
    {
        var folder = Path.Combine(BadInput.BadInputCorpusTests.CorpusFolder, "policies-unknown-level");

        var run = CliRun.Of("policy", "list", "--config", Path.Combine(folder, "Pulumi.case.yaml"));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            ["Pulumi.case.yaml:3:28: fleet:policies.FI003: 'fatal' is not a policy level; use error, warning or off"],
            run.ErrorLinesRelativeTo(folder));
    }

    [Fact]
    public void PolicyList_StackAndConfigTogether_IsAUsageError()
    {
        var run = CliRun.Of("policy", "list", "--stack", "dev", "--config", CliRun.StackFile("dev"));

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("fleet: give at most one of --stack NAME or --config FILE\n", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Warnings_AreReportedByValidateAndPlan_AndDoNotStopRender()
    {
        var folder = Path.Combine(BadInput.BadInputCorpusTests.CorpusFolder, "policy-fi006-domain-outside-stack");
        var scratch = Directory.CreateTempSubdirectory("fleet-policy-");
        try
        {
            var stack = Path.Combine(scratch.FullName, "Pulumi.case.yaml");
            File.WriteAllText(stack, File.ReadAllText(Path.Combine(folder, "Pulumi.case.yaml")).Replace("config:\n", "config:\n  fleet:policies: { FI006: warning }\n", StringComparison.Ordinal));
            CliRun Run(params string[] verb) => CliRun.Of([.. verb, "--config", stack, "--apps", Path.Combine(folder, "apps")]);

            var validate = Run("validate");
            var plan = Run("plan");
            var render = Run("render", "--out", Path.Combine(scratch.FullName, "out"));

            Assert.All(new[] { validate, plan, render }, run =>
            {
                Assert.Equal(0, run.ExitCode);
                Assert.Equal(
                    ["apps/web.yaml:10:17: application.web.custom_domains: warning: FI006: 'shop.example.org' is outside the stack's domains (it is not under dev.example.com); use a host under them or add its domain to fleet:allowedDomains"],
                    run.ErrorLinesRelativeTo(folder).Where(line => line.Contains(": FI0", StringComparison.Ordinal)));
            });
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }
}
