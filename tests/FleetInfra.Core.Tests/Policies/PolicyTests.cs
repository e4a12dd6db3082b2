using System.Collections.Immutable;
using FleetInfra.Core.Diagnostics;
using FleetInfra.Core.Planning;
using FleetInfra.Core.Policies;
using FleetInfra.Core.Policies.Checks;
using FleetInfra.Core.Quantities;
using FleetInfra.Core.Tests.Support;

namespace FleetInfra.Core.Tests.Policies;

/// <summary>Each policy on an intent that breaks it (the whole line asserted) and on one that meets it (no finding).</summary>
[Collection(CurrentDirectoryCollection.Name)]
public sealed class PolicyTests : IDisposable
{
    private const string Probe = "    healthchecks: { readiness_probe: { type: { http: { port: 8080, path: /ready } } } }\n";

    private readonly TempFleet _fleet = new();

    public void Dispose() => _fleet.Dispose();

    [Fact]
    public void FI001_PublicAppWithOneReplicaInProduction_IsAnError()
    {
        Assert.Equal(
            ["apps/a.yaml:5:28: application.web.min_running_instances: FI001: public app 'web' runs 1 replica in prod; set min_running_instances to 2 or more (in the intent or fleet:appOverrides) so one node or zone outage does not take it offline"],
            Findings("FI001", Web("    min_running_instances: 1\n"), "  fleet:environment: prod"));
        Assert.Empty(Findings("FI001", Web("    min_running_instances: 2\n"), "  fleet:environment: prod"));
        Assert.Empty(Findings("FI001", Web("    min_running_instances: 1\n")));
    }

    [Fact]
    public void FI002_MemoryLimitOtherThanTheRequest_IsAnError()
    {
        var result = Load(Web("    memory: 512Mi\n"));
        var stack = result.Stack!;
        var intents = FleetLoader.LoadIntents(stack.AppsDirectory, new DiagnosticBag()).ToImmutableSortedDictionary(i => i.Name, i => i, StringComparer.Ordinal);
        var plan = result.Plan!;
        PolicyContext WithLimit(MemoryQuantity? limit) => new(stack, intents, plan with
        {
            Clusters = [.. plan.Clusters.Select(c => c with { Apps = [.. c.Apps.Select(a => a with { MemoryLimit = limit })] })],
        });

        Assert.Equal(
            ["apps/a.yaml:5:13: application.web.memory: memory limit 1Gi differs from the request 512Mi; plan the limit equal to the request so the node never runs out of memory it promised other pods"],
            new MemoryLimitPolicy().Check(WithLimit(new MemoryQuantity(1024 * MemoryQuantity.Mebibyte))).Select(f => $"{Path.GetRelativePath(_fleet.Root, f.Location.File)}:{f.Location.Line}:{f.Location.Column}: {f.FieldPath}: {f.Message}"));
        Assert.Empty(new MemoryLimitPolicy().Check(WithLimit(new MemoryQuantity(512 * MemoryQuantity.Mebibyte))));
        Assert.Empty(new MemoryLimitPolicy().Check(WithLimit(null)));
    }

    [Fact]
    public void FI003_ImagePinnedByTagInProduction_IsAWarning()
    {
        Assert.Equal(
            ["apps/a.yaml:4:12: application.web.image: warning: FI003: image 'registry.example.com/acme/web:1.0.0' is pinned by tag in prod; pin it by digest (image: REPOSITORY@sha256:..., for example in fleet:appOverrides.web.image) so a moved tag cannot change what runs"],
            Findings("FI003", Web("    min_running_instances: 2\n"), "  fleet:environment: prod"));
        Assert.Empty(Findings("FI003", Web("    min_running_instances: 2\n", image: $"registry.example.com/acme/web@sha256:{Digest}"), "  fleet:environment: prod"));
    }

    [Fact]
    public void FI004_ImageTaggedLatestBesideItsDigest_IsAnError()
    {
        Assert.Equal(
            [$"apps/a.yaml:4:12: application.web.image: FI004: image 'registry.example.com/acme/web:latest@sha256:{Digest}' is tagged latest; replace latest with the version the digest was built from, or drop the tag and keep the digest"],
            Findings("FI004", Web(image: $"registry.example.com/acme/web:latest@sha256:{Digest}")));
        Assert.Empty(Findings("FI004", Web(image: $"registry.example.com/acme/web:1.0.0@sha256:{Digest}")));
    }

    [Fact]
    public void FI005_TeamAppsOverTheirBudgetAtPeak_IsAnErrorOnTheBudgetField()
    {
        // web: 500m x (3 replicas + 1 surge) = 2 cores and 4 x 512Mi = 2Gi in 4 pods.
        var web = Web("    cpu: 500m\n    memory: 512Mi\n    min_running_instances: 2\n    max_running_instances: 3\n");
        Assert.Equal(
            [
                "Pulumi.test.yaml:8:15: fleet:teams[0].budget.cpu: FI005: team 'shop' needs 2 cores on cluster eks-use1 at max replicas plus one rolling-update surge (web 2 cores), over its budget of 1.5 cores; raise budget.cpu or lower the apps' max_running_instances or requests",
                "Pulumi.test.yaml:8:15: fleet:teams[0].budget.pods: FI005: team 'shop' needs 4 pods on cluster eks-use1 at max replicas plus one rolling-update surge (web 4 pods), over its budget of 3 pods; raise budget.pods or lower the apps' max_running_instances or requests",
            ],
            Findings("FI005", web, Team("{ cpu: 1500m, memory: 2Gi, pods: 3 }")));
        Assert.Empty(Findings("FI005", web, Team("{ cpu: \"2\", memory: 2Gi, pods: 4 }")));
    }

    [Fact]
    public void FI006_CustomDomainOutsideTheStacksDomains_IsAnError()
    {
        var web = Web("    custom_domains: [ { domain: shop.example.net } ]\n");
        Assert.Equal(
            ["apps/a.yaml:5:33: application.web.custom_domains: FI006: 'shop.example.net' is outside the stack's domains (it is not under dev.example.com, example.com, example.org); use a host under them or add its domain to fleet:allowedDomains"],
            Findings("FI006", web));
        Assert.Empty(Findings("FI006", Web("    custom_domains: [ { domain: shop.example.org } ]\n")));
        Assert.Empty(Findings("FI006", Web("    custom_domains: [ { domain: example.com } ]\n")));
    }

    [Fact]
    public void FI007_PublicAppWithoutAnHttpReadinessProbe_IsAWarning()
    {
        var web = "application:\n  web:\n    image: registry.example.com/acme/web:1.0.0\n    ports: [ {8080: true} ]\n";
        Assert.Equal(
            ["apps/a.yaml:2:3: application.web.healthchecks.readiness_probe: warning: FI007: public app 'web' has no HTTP readiness probe, so the load balancer health check requests / on port 8080; add healthchecks.readiness_probe.type.http with the port and path of a readiness endpoint"],
            Findings("FI007", web));
        Assert.Empty(Findings("FI007", Web()));
    }

    [Fact]
    public void FI008_AppLargerThanEveryNode_IsAnErrorOnTheFieldThatDoesNotFit()
    {
        Assert.Equal(
            ["apps/a.yaml:5:10: application.web.cpu: FI008: one replica of 'web' requests 6 cores and 256Mi, more than any untainted node of cluster eks-use1 offers (largest: m6i.xlarge, 3.92 cores and 15.03Gi allocatable); lower cpu or add a node group with a larger instance type"],
            Findings("FI008", Web("    cpu: \"6\"\n")));
        Assert.Equal(
            ["apps/a.yaml:5:13: application.web.memory: FI008: one replica of 'web' requests 250m cpu and 16Gi, more than any untainted node of cluster eks-use1 offers (largest: m6i.xlarge, 3.92 cores and 15.03Gi allocatable); lower memory or add a node group with a larger instance type"],
            Findings("FI008", Web("    memory: 16Gi\n")));
        Assert.Empty(Findings("FI008", Web("    cpu: \"3\"\n    memory: 12Gi\n")));
    }

    [Fact]
    public void FI008_ClusterWhoseNodeGroupsAreAllTainted_IsAnError()
    {
        var tainted = TempFleet.EksCluster.Replace(
            "desiredSize: 3 }", "desiredSize: 3, taints: [ { key: dedicated, value: batch, effect: NoSchedule } ] }", StringComparison.Ordinal);

        Assert.Equal(
            ["Pulumi.test.yaml:7:7: fleet:clusters[0].nodeGroups: FI008: every node group of cluster eks-use1 has a NoSchedule or NoExecute taint and FleetInfra's pods tolerate none, so web never start; add a node group without taints"],
            Findings("FI008", Web(), clusters: tainted));
    }

    [Fact]
    public void FI009_NodeGroupsTooSmallForMaxReplicas_IsAWarningOnMaxSize()
    {
        // 30 replicas of 1 core need 30 cores; 6 m6i.xlarge nodes offer 6 x 3.92 = 23.52.
        Assert.Equal(
            ["Pulumi.test.yaml:13:78: fleet:clusters[0].nodeGroups[0].maxSize: warning: FI009: at max replicas the apps of cluster eks-use1 request 30 cores and 7.5Gi, but its untainted node groups hold 23.52 cores and 90.18Gi at maxSize (general: 6 x m6i.xlarge); raise maxSize or use larger instance types"],
            Findings("FI009", Web("    cpu: \"1\"\n    max_running_instances: 30\n")));
        Assert.Empty(Findings("FI009", Web("    cpu: \"1\"\n    max_running_instances: 20\n")));
    }

    [Fact]
    public void Levels_FromFleetPolicies_TurnAPolicyOffOrIntoAnError()
    {
        var web = "application:\n  web:\n    image: registry.example.com/acme/web:1.0.0\n    ports: [ {8080: true} ]\n";

        Assert.Empty(Findings("FI007", web, "  fleet:policies: { FI007: off }"));
        var result = Load(web, "  fleet:policies: { FI007: error }");
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.IsError && d.Message.StartsWith("FI007: public app 'web'", StringComparison.Ordinal));
    }

    private const string Digest = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    /// <summary>A public app with an HTTP readiness probe; <paramref name="extra"/> lines go right after its image.</summary>
    private static string Web(string extra = "", string image = "registry.example.com/acme/web:1.0.0") =>
        $"application:\n  web:\n    ports: [ {{8080: true}} ]\n    image: {image}\n{extra}{Probe}";

    /// <summary>One team owning web, with the given budget (the budget is on line 8 of the stack file).</summary>
    private static string Team(string budget) => $"  fleet:teams:\n    - name: shop\n      apps: [web]\n      budget: {budget}";

    private LoadResult Load(string apps, string extraConfig = "", string? clusters = null) =>
        _fleet.WithStack(TempFleet.Stack(extraConfig, clusters ?? TempFleet.EksCluster)).WithApps("a.yaml", apps).Load();

    /// <summary>The diagnostics of one policy, as the CLI prints them.</summary>
    private IReadOnlyList<string> Findings(string id, string apps, string extraConfig = "", string? clusters = null) =>
        [.. Load(apps, extraConfig, clusters).Diagnostics.Select(d => d.ToString()).Where(line => line.Contains($": {id}: ", StringComparison.Ordinal))];
}
