using System.Text.Json;

namespace FleetInfra.Cli.Tests.Diff;

/// <summary>
/// One change per hazard, committed on top of the sample stacks in a temporary git repository, diffed against the
/// commit before: the hazards found (id, level, file and line) are asserted here, and the whole Markdown comment is
/// compared with <c>Diff/Golden/&lt;case&gt;.md</c>. After an intended change of the output, rerun with
/// FLEETINFRA_UPDATE_GOLDEN=1 and review the golden files' diff. FI101 cannot be reached from intents (FleetInfra never
/// renders a changing immutable field); the core's <c>ObjectDifferTests</c> cover it on rendered objects.
/// </summary>
public sealed class DiffHazardGoldenTests
{
    private const string Dev = "stacks/Pulumi.dev.yaml";
    private const string EksApps = "      adminRoleArns: [arn:aws:iam::123456789012:role/platform-admin]\n";
    private const string GkeProject = "      project: acme-dev\n";

    private static readonly string GoldenFolder = Path.Combine(CliRun.RepositoryRoot, "tests", "FleetInfra.Cli.Tests", "Diff", "Golden");

    [Fact]
    public void FI102_AnAppLeavesACluster_ListsWhatGoes()
    {
        var hazards = Golden("FI102-app-removed-from-cluster", change: repo => repo.Edit(Dev, GkeProject, GkeProject + "      apps: [billing-worker, enterprise-api, orders, storefront]\n"));

        Assert.Equal(["FI102 error gke-euw1 stacks/Pulumi.dev.yaml:43"], hazards);
    }

    [Fact]
    public void FI103_AHostMovesToTheOtherProvider()
    {
        var hazards = Golden(
            "FI103-host-moves",
            prepare: repo => repo
                .Edit(Dev, "      custom_domains: []", "      custom_domains: [{ domain: shop.dev.example.com, generate_certificate: true }]")
                .Edit(Dev, EksApps, EksApps + "      apps: [enterprise-api, orders, billing-worker, gateway, storefront]\n")
                .Edit(Dev, GkeProject, GkeProject + "      apps: [enterprise-api, orders, billing-worker, gateway]\n"),
            change: repo => repo
                .Edit(Dev, "      apps: [enterprise-api, orders, billing-worker, gateway, storefront]\n", "      apps: [enterprise-api, orders, billing-worker, gateway]\n")
                .Edit(Dev, GkeProject + "      apps: [enterprise-api, orders, billing-worker, gateway]\n", GkeProject + "      apps: [enterprise-api, orders, billing-worker, gateway, storefront]\n"));

        Assert.Equal(
            ["FI102 error eks-use1 stacks/Pulumi.dev.yaml:37", "FI103 warning gke-euw1 stacks/Pulumi.dev.yaml:54"],
            hazards);
    }

    [Fact]
    public void FI104_AScheduledAppGetsAnHpaInstead()
    {
        var hazards = Golden("FI104-autoscaler-kind", change: repo => repo.Edit(Dev, "      max_running_instances: 3\n", "      max_running_instances: 3\n      schedule: always\n"));

        Assert.Equal(["FI104 error eks-use1 stacks/Pulumi.dev.yaml:52", "FI104 error gke-euw1 stacks/Pulumi.dev.yaml:52"], hazards);
    }

    [Fact]
    public void FI105_MinReplicasDropBelowTheDisruptionBudget()
    {
        var hazards = Golden("FI105-replicas-drop", change: repo => repo.Edit(Dev, "  fleet:appOverrides:\n", "  fleet:appOverrides:\n    gateway:\n      min_running_instances: 1\n"));

        Assert.Equal(["FI105 error eks-use1 stacks/Pulumi.dev.yaml:50", "FI105 error gke-euw1 stacks/Pulumi.dev.yaml:50"], hazards);
    }

    [Fact]
    public void FI106_AVersionThatSkipsAMinor_AndOneThatGoesDown()
    {
        var hazards = Golden("FI106-version-skip", change: repo => repo
            .Edit(Dev, "      kubernetesVersion: \"1.33\"\n      apiAccessCidrs: [203.0.113.0/24]\n      adminRoleArns", "      kubernetesVersion: \"1.35\"\n      apiAccessCidrs: [203.0.113.0/24]\n      adminRoleArns")
            .Edit(Dev, "      region: europe-west1\n      kubernetesVersion: \"1.33\"", "      region: europe-west1\n      kubernetesVersion: \"1.32\""));

        Assert.Equal(["FI106 error eks-use1 stacks/Pulumi.dev.yaml:34", "FI106 error gke-euw1 stacks/Pulumi.dev.yaml:44"], hazards);
    }

    [Fact]
    public void FI107_ANodeGroupsDiskAndTaintsChange()
    {
        var hazards = Golden("FI107-node-group-replaced", change: repo => repo
            .Edit(Dev, "desiredSize: 2, spot: true }", "desiredSize: 2, spot: true, diskSizeGb: 100, taints: [{ key: pool, value: spot, effect: PreferNoSchedule }] }"));

        Assert.Equal(["FI107 warning gke-euw1 stacks/Pulumi.dev.yaml:47"], hazards);
    }

    [Fact]
    public void FI108_ARenamedApp()
    {
        var hazards = Golden("FI108-app-renamed", change: RenameBillingWorker);

        Assert.Equal(["FI108 error eks-use1 stacks/apps/backend.yaml:33", "FI108 error gke-euw1 stacks/apps/backend.yaml:33"], hazards);
    }

    [Fact]
    public void FI109_APortCallersUseIsRemoved_AndAPublicPortIsMadePrivate()
    {
        var hazards = Golden("FI109-port-in-use", change: repo => repo
            .Edit("stacks/apps/backend.yaml", "      - internal_port: 9090\n        publicly_accessible: false\n        name: metrics\n", string.Empty)
            .Edit("stacks/apps/enterprise-api.yaml", "      - 8080: true", "      - 8080: false"));

        Assert.Equal(
            ["FI109 error eks-use1 stacks/apps/backend.yaml:9", "FI109 error eks-use1 stacks/apps/enterprise-api.yaml:10", "FI109 error gke-euw1 stacks/apps/backend.yaml:9", "FI109 error gke-euw1 stacks/apps/enterprise-api.yaml:10"],
            hazards);
    }

    internal static void RenameBillingWorker(GitFleetRepository repo)
    {
        repo.Edit("stacks/apps/backend.yaml", "  billing-worker:", "  billing-consumer:");
        repo.Edit(Dev, "apps: [enterprise-api, orders, billing-worker]", "apps: [enterprise-api, orders, billing-consumer]");
        repo.Edit(Dev, "    billing-worker:\n      schedule: always", "    billing-consumer:\n      schedule: always");
    }

    /// <summary>
    /// Commits <paramref name="change"/> on top of the samples (edited by <paramref name="prepare"/> first), runs
    /// <c>fleet diff --json --markdown</c>, compares the Markdown with the golden file and returns each hazard as
    /// <c>id level cluster file:line</c>, sorted.
    /// </summary>
    private static List<string> Golden(string name, Action<GitFleetRepository> change, Action<GitFleetRepository>? prepare = null)
    {
        using var repo = GitFleetRepository.Create(prepare);
        change(repo);
        repo.Commit(name);
        var markdownFile = Path.Combine(repo.Folder, "diff.md");

        var run = repo.Diff(options: ["--json", "--markdown", markdownFile]);

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        var markdown = GitFleetRepository.MaskCommits(File.ReadAllText(markdownFile));
        var golden = Path.Combine(GoldenFolder, $"{name}.md");
        if (Environment.GetEnvironmentVariable("FLEETINFRA_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(golden, markdown);
        }

        Assert.True(File.Exists(golden), $"{golden} is missing; run with FLEETINFRA_UPDATE_GOLDEN=1 to write it");
        Assert.Equal(File.ReadAllText(golden), markdown);

        using var json = JsonDocument.Parse(run.Output);
        return GitFleetRepository.HazardLines(json.RootElement);
    }
}
