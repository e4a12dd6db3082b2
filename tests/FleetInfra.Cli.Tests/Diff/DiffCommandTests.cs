using System.Text.Json;

namespace FleetInfra.Cli.Tests.Diff;

/// <summary><c>fleet diff</c> through the real command line: empty diffs, ordering, bad input, the JSON shape, levels and <c>--fail-on</c>.</summary>
public sealed class DiffCommandTests
{
    private const string Dev = "stacks/Pulumi.dev.yaml";

    [Fact]
    public void UnchangedStack_GivesAnEmptyDiff()
    {
        using var repo = GitFleetRepository.Create();
        repo.Edit(Dev, "  fleet:clusters:\n", "  # a comment changes no object\n  fleet:clusters:\n").Commit("comment");

        var json = repo.Diff(options: "--json");
        var table = repo.Diff();

        Assert.Equal((0, string.Empty, 0, string.Empty), (json.ExitCode, json.Error, table.ExitCode, table.Error));
        using var document = JsonDocument.Parse(json.Output);
        Assert.Equal(0, document.RootElement.GetProperty("clusters").GetArrayLength());
        Assert.Equal(0, document.RootElement.GetProperty("hazards").GetArrayLength());
        Assert.True(document.RootElement.GetProperty("isEmpty").GetBoolean());
        Assert.Contains("No changes: every cluster renders the same objects and plan.", table.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void FileOrderAndKeyOrder_DoNotMatter()
    {
        using var repo = GitFleetRepository.Create();
        var backend = repo.Read("stacks/apps/backend.yaml");
        var billing = backend[backend.IndexOf("  billing-worker:", StringComparison.Ordinal)..];
        repo.Write("stacks/apps/backend.yaml", backend.Replace(billing, string.Empty, StringComparison.Ordinal))
            .Write("stacks/apps/aa-billing.yaml", "application:\n" + billing)
            .Edit("stacks/apps/enterprise-api.yaml", "    cpu: 2000m\n    memory: 4096MB\n", "    memory: 4096MB\n    cpu: 2000m\n")
            .Edit(Dev, "minSize: 1, maxSize: 6, desiredSize: 2 }", "desiredSize: 2, maxSize: 6, minSize: 1 }")
            .Commit("move billing-worker to its own file, reorder keys");

        var run = repo.Diff(options: "--json");

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        using var document = JsonDocument.Parse(run.Output);
        Assert.Equal(0, document.RootElement.GetProperty("clusters").GetArrayLength());
    }

    [Fact]
    public void UnknownRevision_IsAUsageErrorWithOneLine()
    {
        using var repo = GitFleetRepository.Create();

        var run = repo.Diff(baseRevision: "no-such-branch");

        Assert.Equal((2, string.Empty), (run.ExitCode, run.Output));
        Assert.Equal(
            [$"fleet: --base 'no-such-branch' is not a commit of the repository at {repo.Folder}; give a branch, a tag or a commit, like main, HEAD~1 or origin/main (fetch it first in a shallow clone)"],
            run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void RevisionThatLooksLikeAnOption_IsAnUnknownRevision()
    {
        using var repo = GitFleetRepository.Create();

        var run = repo.Diff(baseRevision: "--output=/tmp/x");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("fleet: --base '--output=/tmp/x' is not a commit", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void StackAbsentAtTheBase_IsBadInputWithOneLine()
    {
        using var repo = GitFleetRepository.Create();
        // In a folder of its own, so that its hosts do not collide with dev's (two stacks of one folder never publish one host).
        Directory.CreateDirectory(Path.Combine(repo.Folder, "stacks", "qa"));
        repo.Write("stacks/qa/Pulumi.qa.yaml", repo.Read(Dev).Replace("  fleet:clusters:\n", "  fleet:appsDir: ../apps\n  fleet:clusters:\n", StringComparison.Ordinal)).Commit("new stack qa");

        var run = CliRun.Of("diff", "--config", Path.Combine(repo.Folder, "stacks", "qa", "Pulumi.qa.yaml"), "--base", "HEAD~1");

        Assert.Equal((1, string.Empty), (run.ExitCode, run.Output));
        Assert.Equal(
            ["stacks/qa/Pulumi.qa.yaml: fleet: stack qa does not exist at base HEAD~1 (commit), so there is nothing to compare it with; review a new stack with fleet plan --stack qa"],
            GitFleetRepository.MaskCommits(run.Error).Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void InvalidBaseConfig_IsReportedAsSuchInOneLine_NeverACrash()
    {
        using var repo = GitFleetRepository.Create(prepare: r => r
            .Edit(Dev, "      kubernetesVersion: \"1.33\"\n      apiAccessCidrs: [203.0.113.0/24]\n      adminRoleArns", "      kubernetesVersion: 1.30\n      apiAccessCidrs: [203.0.113.0/24]\n      adminRoleArns")
            .Edit("stacks/apps/enterprise-api.yaml", "    cpu: 2000m", "    cpu: 2 cores"));
        repo.Edit(Dev, "      kubernetesVersion: 1.30\n", "      kubernetesVersion: \"1.33\"\n").Edit("stacks/apps/enterprise-api.yaml", "    cpu: 2 cores", "    cpu: 2000m").Commit("fix");

        var run = repo.Diff();

        Assert.Equal((1, string.Empty), (run.ExitCode, run.Output));
        Assert.Equal(
            ["stacks/Pulumi.dev.yaml: fleet: the base HEAD~1 (commit) does not plan, so there is nothing sound to compare with: stacks/Pulumi.dev.yaml:34:26: fleet:clusters[0].kubernetesVersion: is read as the number 1.3 by YAML tools (Pulumi too); quote it like \"1.30\" (and 1 more; run fleet validate at that revision)"],
            GitFleetRepository.MaskCommits(run.Error).Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void InvalidWorkingTree_PrintsEveryProblemLikeValidate()
    {
        using var repo = GitFleetRepository.Create();
        repo.Edit("stacks/apps/enterprise-api.yaml", "    cpu: 2000m", "    cpu: 2 cores");

        var run = repo.Diff(baseRevision: "HEAD");

        Assert.Equal((1, string.Empty), (run.ExitCode, run.Output));
        Assert.Contains("enterprise-api.yaml:7:10: application.enterprise-api.cpu: '2 cores' is not a CPU quantity", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void StackAbsentInTheWorkingTree_IsReportedLikeValidate_BeforeGitIsAsked()
    {
        using var repo = GitFleetRepository.Create();

        var run = repo.Diff(stack: "nosuch");

        Assert.Equal((1, string.Empty), (run.ExitCode, run.Output));
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Pulumi.nosuch.yaml:1:1: ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void OutsideAGitRepository_IsAUsageError()
    {
        var folder = Directory.CreateTempSubdirectory("fleet-diff-nogit-");
        try
        {
            GitFleetRepository.CopyFolder(Path.Combine(CliRun.RepositoryRoot, "stacks"), folder.FullName);

            var run = CliRun.Of("diff", "--config", Path.Combine(folder.FullName, "Pulumi.dev.yaml"), "--base", "HEAD");

            Assert.Equal(2, run.ExitCode);
            Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith($"fleet: {folder.FullName} is not in a git repository (", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void BadFailOnLevel_IsAUsageError()
    {
        var run = CliRun.Of("diff", "--stack", "dev", "--base", "HEAD", "--fail-on", "fatal");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("fatal", run.Error.Split('\n')[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Json_HasTheDocumentedShape()
    {
        using var repo = MustShowChange();

        var run = repo.Diff(options: "--json");

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        using var document = JsonDocument.Parse(run.Output);
        var root = document.RootElement;
        Assert.Equal(["stack", "base", "clusters", "hazards", "isEmpty"], Names(root));
        Assert.Equal(("dev", "HEAD~1"), (root.GetProperty("stack").GetString(), root.GetProperty("base").GetString()));
        var cluster = root.GetProperty("clusters")[0];
        Assert.Equal(["name", "change", "objects", "plan", "rollout", "hazards"], Names(cluster));
        Assert.Equal(("eks-use1", "changed"), (cluster.GetProperty("name").GetString(), cluster.GetProperty("change").GetString()));
        var objects = cluster.GetProperty("objects").EnumerateArray().ToList();
        Assert.All(objects, o => Assert.Equal(["apiVersion", "kind", "namespace", "name", "app", "change", "fields", "immutableFields"], Names(o)));
        Assert.Equal(["added", "changed", "removed"], objects.Select(o => o.GetProperty("change").GetString()!).Distinct().Order(StringComparer.Ordinal));
        var deployment = objects.Single(o => o.GetProperty("kind").GetString() == "Deployment" && o.GetProperty("name").GetString() == "enterprise-api");
        var cpu = deployment.GetProperty("fields").EnumerateArray().Single();
        Assert.Equal(["path", "before", "after"], Names(cpu));
        Assert.Equal(("spec.template.spec.containers[app].resources.requests.cpu", "2", "1500m"), (cpu.GetProperty("path").GetString(), cpu.GetProperty("before").GetString(), cpu.GetProperty("after").GetString()));
        Assert.Equal(["part", "name", "field", "change", "before", "after"], Names(cluster.GetProperty("plan")[0]));
        var rollout = cluster.GetProperty("rollout");
        Assert.Equal(["podsRestarting", "restarts", "scalingDown"], Names(rollout));
        Assert.Equal(["app", "pods", "because"], Names(rollout.GetProperty("restarts")[0]));
        var hazard = root.GetProperty("hazards")[0];
        Assert.Equal(["id", "level", "cluster", "message", "file", "line", "column"], Names(hazard));
        Assert.Equal(root.GetProperty("hazards").GetArrayLength(), root.GetProperty("clusters").EnumerateArray().Sum(c => c.GetProperty("hazards").GetArrayLength()));
    }

    [Fact]
    public void Terminal_ShowsTheHazardsAndASummaryPerCluster()
    {
        using var repo = MustShowChange();

        var run = repo.Diff();

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        var output = GitFleetRepository.MaskCommits(run.Output);
        Assert.StartsWith("Stack dev: working tree against HEAD~1 (commit)\n", output, StringComparison.Ordinal);
        Assert.Contains("│ FI106 │ error   │ eks-use1 │ stacks/Pulumi.dev.yaml:34", output, StringComparison.Ordinal);
        Assert.Contains("eks-use1: objects: 9 added, 9 removed, 4 changed; 3 plan changes; 1 pod restarts (enterprise-api 1); hazards: 2 errors, 1 warning", output, StringComparison.Ordinal);
        Assert.Contains("Objects of gke-euw1", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new string[0], 0)]
    [InlineData(new[] { "--fail-on", "error" }, 1)]
    [InlineData(new[] { "--fail-on", "warning" }, 1)]
    public void FailOn_ExitsOneWhenAHazardAtThatLevelIsFound(string[] options, int exitCode)
    {
        using var repo = MustShowChange();

        Assert.Equal(exitCode, repo.Diff(options: options).ExitCode);
    }

    [Fact]
    public void FailOnError_PassesWhenOnlyWarningsAreFound_AndLevelsComeFromFleetPolicies()
    {
        using var repo = MustShowChange();
        repo.Edit(Dev, "  fleet:clusters:\n", "  fleet:policies: { FI106: warning, FI108: off }\n  fleet:clusters:\n").Commit("levels");

        var run = repo.Diff(baseRevision: "HEAD~2", options: ["--json", "--fail-on", "error"]);

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        using var document = JsonDocument.Parse(run.Output);
        Assert.Equal(
            ["FI106 warning", "FI107 warning"],
            document.RootElement.GetProperty("hazards").EnumerateArray().Select(h => $"{h.GetProperty("id").GetString()} {h.GetProperty("level").GetString()}").Order(StringComparer.Ordinal));
        Assert.Equal(1, repo.Diff(baseRevision: "HEAD~2", options: ["--fail-on", "warning"]).ExitCode);
    }

    /// <summary>
    /// The issue's must-show change, run exactly as a user would: <c>fleet diff --stack dev --base HEAD~1 --json</c> in
    /// the repository, as a separate process (the native <c>fleet</c> under scripts/test).
    /// </summary>
    [Fact]
    public async Task MustShow_CpuRenameVersionAndInstanceType_GiveRestartsAndHazardsWithTheirLines()
    {
        using var repo = MustShowChange();

        var run = await FleetProcess.Finish(FleetProcess.StartIn(repo.Folder, "diff", "--stack", "dev", "--base", "HEAD~1", "--json"));

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        using var document = JsonDocument.Parse(run.Output);
        var root = document.RootElement;
        Assert.All(root.GetProperty("clusters").EnumerateArray(), c =>
        {
            var restart = c.GetProperty("rollout").GetProperty("restarts").EnumerateArray().Single();
            Assert.Equal(("enterprise-api", 1), (restart.GetProperty("app").GetString(), restart.GetProperty("pods").GetInt32()));
            Assert.Equal(1, c.GetProperty("rollout").GetProperty("podsRestarting").GetInt32());
        });
        Assert.Equal(
            [
                "FI106 error eks-use1 stacks/Pulumi.dev.yaml:34",
                "FI107 warning eks-use1 stacks/Pulumi.dev.yaml:38",
                "FI108 error eks-use1 stacks/apps/backend.yaml:33",
                "FI108 error gke-euw1 stacks/apps/backend.yaml:33",
            ],
            GitFleetRepository.HazardLines(root));
        Assert.Contains(root.GetProperty("hazards").EnumerateArray(), h => h.GetProperty("message").GetString()!.StartsWith("cluster eks-use1 goes from Kubernetes 1.33 to 1.35, skipping 1.34", StringComparison.Ordinal));
    }

    /// <summary>A repository whose last commit changes an app's cpu, renames an app, raises a cluster's version by two minors and changes a node group's instance type.</summary>
    internal static GitFleetRepository MustShowChange()
    {
        var repo = GitFleetRepository.Create();
        repo.Edit("stacks/apps/enterprise-api.yaml", "    cpu: 2000m", "    cpu: 1500m");
        DiffHazardGoldenTests.RenameBillingWorker(repo);
        repo.Edit(Dev, "      kubernetesVersion: \"1.33\"\n      apiAccessCidrs: [203.0.113.0/24]\n      adminRoleArns", "      kubernetesVersion: \"1.35\"\n      apiAccessCidrs: [203.0.113.0/24]\n      adminRoleArns")
            .Edit(Dev, "instanceTypes: [m6i.xlarge]", "instanceTypes: [c6i.2xlarge]")
            .Commit("cpu, rename, version, instance type");
        return repo;
    }

    private static List<string> Names(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];
}
