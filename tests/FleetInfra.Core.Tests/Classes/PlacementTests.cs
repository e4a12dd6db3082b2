using FleetInfra.Core.Tests.Support;

namespace FleetInfra.Core.Tests.Classes;

/// <summary>Label placement: selectors in intents and <c>fleet:placement</c>, the clusters' <c>apps</c> lists, and their errors.</summary>
[Collection(CurrentDirectoryCollection.Name)]
public sealed class PlacementTests : IDisposable
{
    private const string Clusters = """
            - { name: eks-use1, provider: eks, region: us-east-1, kubernetesVersion: "1.33", apiAccessCidrs: [203.0.113.0/24], labels: { canary: "true" }, nodeGroups: [ { name: g, instanceTypes: [m6i.xlarge], minSize: 1, maxSize: 3 } ] }
            - { name: eks-usw2, provider: eks, region: us-west-2, kubernetesVersion: "1.33", apiAccessCidrs: [203.0.113.0/24], nodeGroups: [ { name: g, instanceTypes: [m6i.xlarge], minSize: 1, maxSize: 3 } ] }
            - { name: gke-euw1, provider: gke, project: acme-dev, region: europe-west1, kubernetesVersion: "1.33", apiAccessCidrs: [203.0.113.0/24], nodeGroups: [ { name: g, instanceTypes: [e2-standard-4], minSize: 1, maxSize: 3 } ] }
        """;

    private readonly TempFleet _fleet = new();

    public void Dispose() => _fleet.Dispose();

    [Fact]
    public void NoPlacement_RunsEveryAppEverywhere()
    {
        Apps(string.Empty);

        Assert.Equal(["eks-use1: api,web", "eks-usw2: api,web", "gke-euw1: api,web"], Matrix(string.Empty));
    }

    [Fact]
    public void IntentPlacement_MatchLabelsAndExpressions()
    {
        Apps("    placement: { clusters: { matchExpressions: [ { key: provider, operator: In, values: [eks] }, { key: canary, operator: DoesNotExist } ] } }\n");

        Assert.Equal(["eks-use1: web", "eks-usw2: api,web", "gke-euw1: web"], Matrix(string.Empty));
    }

    [Fact]
    public void StackPlacement_OverridesTheIntents()
    {
        Apps("    placement: { clusters: { matchLabels: { provider: gke } } }\n");

        Assert.Equal(["eks-use1: api,web", "eks-usw2: web", "gke-euw1: web"], Matrix("""
              fleet:placement:
                api: { clusters: { matchLabels: { canary: "true" } } }
            """));
    }

    [Fact]
    public void SelectorAndAppsListForOneApp_IsAnError()
    {
        Apps("    placement: { clusters: { matchLabels: { provider: gke } } }\n");
        var clusters = Clusters.Replace("nodeGroups: [ { name: g, instanceTypes: [e2-standard-4]", "apps: [api, web], nodeGroups: [ { name: g, instanceTypes: [e2-standard-4]", StringComparison.Ordinal);

        var errors = _fleet.WithStack(TempFleet.Stack(string.Empty, clusters)).Errors();

        Assert.Equal(["Pulumi.test.yaml:9:149: fleet:clusters[2].apps: app 'api' is placed by its selector (apps/a.yaml:3:28); place one app one way: remove it from this list or remove the selector"], errors);
    }

    [Fact]
    public void SelectorMatchingNothing_IsAWarning_AndTheAppIsNotDeployed()
    {
        Apps("    placement: { clusters: { matchLabels: { tier: edge } } }\n");

        var result = _fleet.WithStack(TempFleet.Stack(string.Empty, Clusters)).Load();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains(result.Diagnostics, d => d.ToString() ==
            "apps/a.yaml:3:28: application.api.placement.clusters: warning: tier=edge matches no cluster of stack test, so app 'api' is not deployed here; the clusters' labels are listed by fleet plan");
        Assert.DoesNotContain(result.Plan!.Clusters.SelectMany(c => c.Apps), a => a.Name == "api");
    }

    [Fact]
    public void UnparsableSelector_IsAnErrorAtItsLine()
    {
        Apps("    placement: { clusters: { matchExpressions: [ { key: region, operator: Within, values: [a] }, { key: canary, operator: Exists, values: [x] } ] } }\n");

        var errors = _fleet.WithStack(TempFleet.Stack(string.Empty, Clusters)).Errors();

        Assert.Equal(
        [
            "apps/a.yaml:3:75: application.api.placement.clusters.matchExpressions[0].operator: 'Within' is not a selector operator; use In, NotIn, Exists or DoesNotExist",
            "apps/a.yaml:3:139: application.api.placement.clusters.matchExpressions[1].values: Exists takes no values; remove them, or use In",
        ], errors);
    }

    [Fact]
    public void AppOnNoCluster_IsAnError()
    {
        Apps(string.Empty);
        var clusters = string.Join("\n", Clusters.Split('\n').Select(line => line.Replace("nodeGroups:", "apps: [web], nodeGroups:", StringComparison.Ordinal)));

        var errors = _fleet.WithStack(TempFleet.Stack(string.Empty, clusters)).Errors();

        Assert.Equal(["apps/a.yaml:2:3: application.api: app 'api' is placed on no cluster: every cluster lists its apps and none lists it; add it to a cluster's apps, give it a placement, or leave it out of the stack"], errors);
    }

    [Fact]
    public void PlacementOfAnUnknownApp_IsAnError()
    {
        Apps(string.Empty);

        var errors = _fleet.WithStack(TempFleet.Stack("""
              fleet:placement:
                apii: { clusters: { matchLabels: { canary: "true" } } }
            """, Clusters)).Errors();

        Assert.Equal(["Pulumi.test.yaml:6:23: fleet:placement.apii: 'apii' is not a known app (did you mean 'api'?); define it under apps or remove its placement"], errors);
    }

    private void Apps(string apiPlacement) => _fleet.WithApps("a.yaml", $"""
        application:
          api:
        {apiPlacement}    image: r.example.com/a:1
          web:
            image: r.example.com/w:1
        """);

    private string[] Matrix(string extraConfig) =>
        [.. _fleet.WithStack(TempFleet.Stack(extraConfig, Clusters)).Plan().Clusters.Select(c => $"{c.Name}: {string.Join(",", c.Apps.Select(a => a.Name))}")];
}
