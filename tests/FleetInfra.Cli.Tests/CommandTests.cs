using System.Text.Json;

namespace FleetInfra.Cli.Tests;

/// <summary>The fleet commands on the sample stacks: output, exit codes and files written.</summary>
public sealed class CommandTests : IDisposable
{
    private const string StackNameError = "fleet: --stack ";

    private const string StackNameRule =
        " is not a stack name; use at most 100 letters, digits, '-', '_' and '.' (not '.' or '..'), or --config FILE to read a stack file by path\nrun 'fleet --help' for usage\n";

    private readonly string _temp = Directory.CreateTempSubdirectory("fleet-cli-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Theory]
    [InlineData("dev", "stack dev: 2 clusters, 5 apps: valid\n")]
    [InlineData("staging", "stack staging: 2 clusters, 5 apps: valid\n")]
    [InlineData("prod", "stack prod: 3 clusters, 5 apps: valid\n")]
    public void Validate_SampleStacks_AreValid(string stack, string expected)
    {
        var run = CliRun.Of("validate", "--config", CliRun.StackFile(stack));
        Assert.Equal((0, expected, string.Empty), (run.ExitCode, run.Output, run.Error));
    }

    [Fact]
    public void PlanJson_ListsClustersNodeGroupsAppsAndObjectCounts()
    {
        var run = CliRun.Of("plan", "--config", CliRun.StackFile("prod"), "--json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal(("prod", true), (root.GetProperty("stack").GetString(), root.GetProperty("protect").GetBoolean()));
        var clusters = root.GetProperty("clusters").EnumerateArray().ToList();
        Assert.Equal(["eks-use1", "eks-euc1", "gke-euw1"], clusters.Select(c => c.GetProperty("name").GetString()));
        Assert.Equal(["eks", "eks", "gke"], clusters.Select(c => c.GetProperty("provider").GetString()));
        Assert.Equal(4, clusters[1].GetProperty("apps").GetArrayLength());
        var api = clusters[0].GetProperty("apps").EnumerateArray().Single(a => a.GetProperty("name").GetString() == "enterprise-api");
        Assert.Equal(
            "registry.example.com/acme/enterprise-api@sha256:9b2e7c41d0f35a8e6c1b4d7a2f9e0c3b5d8a1f4e7c0b3d6a9f2e5c8b1d4a7e0f",
            api.GetProperty("image").GetString());
        Assert.Equal("core", api.GetProperty("team").GetString());
        Assert.Equal((3, 10), (api.GetProperty("minReplicas").GetInt32(), api.GetProperty("maxReplicas").GetInt32()));
        Assert.Equal(1, api.GetProperty("objects").GetProperty("HorizontalPodAutoscaler").GetInt32());
    }

    [Fact]
    public void PlanTable_ShowsEveryClusterAndApp()
    {
        var run = CliRun.Of("plan", "--config", CliRun.StackFile("dev"));
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Stack dev (environment dev)\n", run.Output, StringComparison.Ordinal);
        foreach (var name in new[] { "eks-use1", "gke-euw1", "enterprise-api", "storefront", "orders", "billing-worker", "gateway", "general: m6i.xlarge 1-6 (desired 2)", "shop", "core" })
        {
            Assert.Contains(name, run.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Render_WritesOneFolderPerClusterWithOneFilePerApp()
    {
        var output = Path.Combine(_temp, "out");
        var run = CliRun.Of("render", "--config", CliRun.StackFile("dev"), "--out", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.EndsWith("rendered 2 clusters, 10 files to " + output + "\n", run.Output, StringComparison.Ordinal);
        Assert.Equal(["eks-use1", "gke-euw1"], Directory.GetDirectories(output).Select(Path.GetFileName).Order());
        Assert.Equal(
            ["billing-worker.yaml", "enterprise-api.yaml", "gateway.yaml", "orders.yaml", "storefront.yaml"],
            Directory.GetFiles(Path.Combine(output, "eks-use1")).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void Render_ClusterLayout_WritesOneFilePerClusterWithTheSameDocumentsInAppOrder()
    {
        var perApp = Path.Combine(_temp, "per-app");
        var perCluster = Path.Combine(_temp, "per-cluster");
        CliRun.Of("render", "--config", CliRun.StackFile("prod"), "--out", perApp);

        var run = CliRun.Of("render", "--config", CliRun.StackFile("prod"), "--out", perCluster, "--layout", "cluster");

        Assert.Equal(0, run.ExitCode);
        Assert.EndsWith("rendered 3 clusters, 3 files to " + perCluster + "\n", run.Output, StringComparison.Ordinal);
        foreach (var cluster in new[] { "eks-use1", "eks-euc1", "gke-euw1" })
        {
            Assert.Equal(["manifests.yaml"], Directory.GetFiles(Path.Combine(perCluster, cluster)).Select(Path.GetFileName));
            var concatenated = string.Concat(Directory.GetFiles(Path.Combine(perApp, cluster)).Order(StringComparer.Ordinal).Select(File.ReadAllText));
            Assert.Equal(concatenated, File.ReadAllText(Path.Combine(perCluster, cluster, "manifests.yaml")));
        }
    }

    [Fact]
    public void Render_Twice_ReplacesTheOutputWithIdenticalBytes()
    {
        var output = Path.Combine(_temp, "out");
        CliRun.Of("render", "--config", CliRun.StackFile("staging"), "--out", output);
        var first = File.ReadAllText(Path.Combine(output, "gke-euw1", "storefront.yaml"));
        var again = CliRun.Of("render", "--config", CliRun.StackFile("staging"), "--out", output);

        Assert.Equal(0, again.ExitCode);
        Assert.Equal(first, File.ReadAllText(Path.Combine(output, "gke-euw1", "storefront.yaml")));
        Assert.Empty(Directory.GetDirectories(_temp, ".out.*"));
    }

    [Fact]
    public void Render_RefusesToReplaceAFolderItDidNotWrite()
    {
        var output = Path.Combine(_temp, "precious");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "notes.txt"), "keep me");

        var run = CliRun.Of("render", "--config", CliRun.StackFile("dev"), "--out", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"{output}: folder exists and was not written by 'fleet render'; choose a new or empty folder\n", run.Error);
        Assert.Equal("keep me", File.ReadAllText(Path.Combine(output, "notes.txt")));
    }

    [Fact]
    public void BadInput_ExitsOneWithOneLinePerProblemAndWritesNothing()
    {
        var stack = Path.Combine(_temp, "Pulumi.bad.yaml");
        File.WriteAllText(stack, "config:\n  fleet:clusters:\n    - name: x\n      provider: aks\n");
        Directory.CreateDirectory(Path.Combine(_temp, "apps"));
        var output = Path.Combine(_temp, "out");

        var run = CliRun.Of("render", "--config", stack, "--out", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        var lines = run.Error.TrimEnd('\n').Split('\n');
        Assert.Equal(5, lines.Length);
        Assert.Single(lines, line => line.Contains(": warning: ", StringComparison.Ordinal));
        Assert.All(lines, line => Assert.Matches(@"^/.+Pulumi\.bad\.yaml:\d+:\d+: fleet:clusters\[0\]\.\w+: ", line));
        Assert.False(Directory.Exists(output));
    }

    [Theory]
    [InlineData(new[] { "validate" }, "fleet: give exactly one of --stack NAME or --config FILE\nrun 'fleet --help' for usage\n")]
    [InlineData(new[] { "render", "--stack", "dev" }, "fleet: Option '--out' is required.\nrun 'fleet --help' for usage\n")]
    [InlineData(new[] { "render", "--stack", "dev", "--out", "x", "--layout", "tree" }, "fleet: Argument 'tree' not recognized. Must be one of:\n\t'app'\n\t'cluster'\nrun 'fleet --help' for usage\n")]
    [InlineData(new[] { "deploy" }, "fleet: Required command was not provided.\nrun 'fleet --help' for usage\n")]
    [InlineData(new[] { "deploy", "apply" }, "fleet: Required command was not provided.\nfleet: Unrecognized command or argument 'apply'.\nrun 'fleet --help' for usage\n")]
    [InlineData(new[] { "render", "--stack", "../../etc/passwd", "--out", "x" }, StackNameError + "'../../etc/passwd'" + StackNameRule)]
    [InlineData(new[] { "validate", "--stack", ".." }, StackNameError + "'..'" + StackNameRule)]
    [InlineData(new[] { "plan", "--stack", "." }, StackNameError + "'.'" + StackNameRule)]
    [InlineData(new[] { "validate", "--stack", "dev/prod" }, StackNameError + "'dev/prod'" + StackNameRule)]
    [InlineData(new[] { "validate", "--stack", "dev\nprod" }, StackNameError + "'dev\\u000Aprod'" + StackNameRule)]
    [InlineData(new[] { "validate", "--stack", "" }, StackNameError + "''" + StackNameRule)]
    [InlineData(new[] { "render", "--stack", "dev", "--out", "x", "--wait", "-1" }, "fleet: --wait must be 0 or more seconds\nrun 'fleet --help' for usage\n")]
    public void UsageErrors_ExitTwo(string[] args, string expected)
    {
        var run = CliRun.Of(args);
        Assert.Equal((2, expected), (run.ExitCode, run.Error));
    }
}
