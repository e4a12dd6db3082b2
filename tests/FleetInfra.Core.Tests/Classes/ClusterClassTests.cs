using FleetInfra.Core.Config;
using FleetInfra.Core.Placement;
using FleetInfra.Core.Planning;
using FleetInfra.Core.Tests.Support;

namespace FleetInfra.Core.Tests.Classes;

/// <summary><c>fleet:clusterClasses</c>: what a cluster of a class gets, how overrides merge, and every error at its line.</summary>
[Collection(CurrentDirectoryCollection.Name)]
public sealed class ClusterClassTests : IDisposable
{
    private const string Classes = """
          fleet:clusterClasses:
            eks-standard:
              provider: eks
              kubernetesVersion: "1.33"
              apiAccessCidrs: [203.0.113.0/24]
              labels: { team: platform, tier: core }
              nodeGroups:
                - { name: general, instanceTypes: [m6i.xlarge], minSize: 3, maxSize: 12 }
                - { name: batch, instanceTypes: [c6i.xlarge], minSize: 0, maxSize: 4, desiredSize: 1, spot: true }
            gke-standard:
              provider: gke
              kubernetesVersion: "1.33"
              apiAccessCidrs: [203.0.113.0/24]
              releaseChannel: STABLE
              nodeGroups:
                - { name: general, instanceTypes: [e2-standard-4], minSize: 1, maxSize: 5 }
        """;

    private readonly TempFleet _fleet = new TempFleet().WithApps("a.yaml", "application:\n  api:\n    image: r.example.com/a:1\n    ports: [ {8080: true} ]\n");

    public void Dispose() => _fleet.Dispose();

    [Fact]
    public void ClusterOfAClass_GetsItsSettings_AndOverridesNodeGroupsByName()
    {
        var stack = Load("""
                - { name: eks-use1, class: eks-standard, region: us-east-1, labels: { tier: edge } }
                - name: eks-usw2
                  class: eks-standard
                  region: us-west-2
                  kubernetesVersion: "1.34"
                  nodeGroups:
                    - { name: general, minSize: 5, maxSize: 20 }
                    - { name: gpu, instanceTypes: [c6i.2xlarge], minSize: 0, maxSize: 2 }
                - { name: gke-euw1, class: gke-standard, region: europe-west1, project: acme-dev }
            """).Stack!;

        var use1 = stack.Clusters[0];
        Assert.Equal((CloudProvider.Eks, "us-east-1", "1.33", "eks-standard"), (use1.Provider, use1.Region, use1.KubernetesVersion, use1.Class));
        Assert.Equal(["general:3-3-12", "batch:0-1-4"], Groups(use1));
        Assert.Equal("edge", use1.Labels["tier"]);
        Assert.Equal("platform", use1.Labels["team"]);

        var usw2 = stack.Clusters[1];
        Assert.Equal("1.34", usw2.KubernetesVersion);
        Assert.Equal(["general:5-5-20", "batch:0-1-4", "gpu:0-1-2"], Groups(usw2));
        Assert.Equal(["m6i.xlarge"], usw2.NodeGroups[0].InstanceTypes.ToArray());
        Assert.Equal(["203.0.113.0/24"], usw2.ApiAccessCidrs.ToArray());

        var gke = stack.Clusters[2];
        Assert.Equal(("STABLE", "acme-dev"), (gke.ReleaseChannel, gke.Project));
        Assert.Same(stack.ClusterClasses[1].Settings.NodeGroups[0], gke.NodeGroups[0]);
    }

    [Fact]
    public void AutomaticLabels_RegionProviderClassAndTier()
    {
        var stack = Load("""
                - { name: eks-use1, class: eks-standard, region: us-east-1, labels: { tier: edge } }
                - { name: gke-euw1, class: gke-standard, region: europe-west1, project: acme-dev }
            """).Stack!;

        Assert.Equal("class=eks-standard,provider=eks,region=us-east-1,team=platform,tier=edge", Text(ClusterLabels.Of(stack.Clusters[0], "test")));
        Assert.Equal("class=gke-standard,provider=gke,region=europe-west1,tier=test", Text(ClusterLabels.Of(stack.Clusters[1], "test")));
    }

    [Fact]
    public void ClassThatDoesNotExist_IsAnErrorAtTheClassKey()
    {
        var errors = Errors("""
                - { name: eks-use1, class: eks-standrd, region: us-east-1 }
                - { name: gke-euw1, class: gke-standard, region: europe-west1, project: acme-dev }
            """);

        Assert.Equal(["Pulumi.test.yaml:22:32: fleet:clusters[0].class: 'eks-standrd' is not a class of fleet:clusterClasses (did you mean 'eks-standard'?); use one of eks-standard, gke-standard"], errors);
    }

    [Fact]
    public void OverridingTheProvider_IsAnErrorAtTheOverride()
    {
        var errors = Errors("""
                - { name: eks-use1, class: eks-standard, region: us-east-1 }
                - { name: gke-euw1, class: gke-standard, region: europe-west1, project: acme-dev, provider: eks }
            """);

        Assert.Equal(["Pulumi.test.yaml:23:97: fleet:clusters[1].provider: conflicts with class 'gke-standard' (provider gke); a class fixes the provider: name a eks class instead"], errors);
    }

    [Fact]
    public void KeyOfTheOtherProvider_IsAnErrorAtTheOverride()
    {
        var errors = Errors("""
                - { name: eks-use1, class: eks-standard, region: us-east-1, releaseChannel: RAPID }
                - { name: gke-euw1, class: gke-standard, region: europe-west1, project: acme-dev }
            """);

        Assert.Equal(["Pulumi.test.yaml:22:81: fleet:clusters[0].releaseChannel: applies to gke clusters only; remove it from this eks cluster"], errors);
    }

    [Fact]
    public void UnknownOverrideKey_IsAnErrorAtTheOverride()
    {
        var errors = Errors("""
                - { name: eks-use1, class: eks-standard, region: us-east-1, nodeGroups: [ { name: general, maxSzie: 20 } ] }
                - { name: gke-euw1, class: gke-standard, region: europe-west1, project: acme-dev }
            """);

        Assert.Single(errors);
        Assert.StartsWith("Pulumi.test.yaml:22:96: fleet:clusters[0].nodeGroups[0].maxSzie: unknown key 'maxSzie' (did you mean 'maxSize'?)", errors[0]);
    }

    [Fact]
    public void OverrideThatBreaksTheClassesSizes_IsAnErrorAtTheOverride()
    {
        var errors = Errors("""
                - { name: eks-use1, class: eks-standard, region: us-east-1, nodeGroups: [ { name: general, minSize: 20 } ] }
                - { name: gke-euw1, class: gke-standard, region: europe-west1, project: acme-dev }
            """);

        Assert.Equal(["Pulumi.test.yaml:22:105: fleet:clusters[0].nodeGroups[0].maxSize: maxSize (12) is below minSize (20); raise maxSize or lower minSize"], errors);
    }

    [Fact]
    public void ClassesExtendingEachOtherInACycle_IsAnError()
    {
        var errors = _fleet.WithStack(TempFleet.Stack("""
              fleet:clusterClasses:
                a: { class: b, provider: eks }
                b: { class: a }
            """, "    - { name: eks-use1, class: a, region: us-east-1 }")).Errors();

        Assert.Contains(errors, e => e.Contains("fleet:clusterClasses.b.class: classes extend each other in a cycle (a -> b -> a)", StringComparison.Ordinal));
        Assert.DoesNotContain(errors, e => e.Contains("fleet:clusters", StringComparison.Ordinal));
    }

    [Fact]
    public void ClassExtendingAnother_KeepsItsProviderAndAddsItsOwn()
    {
        var stack = _fleet.WithStack(TempFleet.Stack(Classes + """

                eks-large:
                  class: eks-standard
                  nodeGroups: [ { name: general, instanceTypes: [m6a.xlarge] } ]
            """, """
                - { name: eks-use1, class: eks-large, region: us-east-1 }
                - { name: gke-euw1, class: gke-standard, region: europe-west1, project: acme-dev }
            """)).Load().Stack!;

        Assert.Equal(["m6a.xlarge"], stack.Clusters[0].NodeGroups[0].InstanceTypes.ToArray());
        Assert.Equal("platform", stack.Clusters[0].Labels["team"]);
    }

    [Fact]
    public void ClassNoClusterUses_IsAWarning()
    {
        var result = Load("    - { name: eks-use1, class: eks-standard, region: us-east-1 }");

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains(result.Diagnostics, d => !d.IsError && d.ToString() ==
            "Pulumi.test.yaml:14:5: fleet:clusterClasses.gke-standard: warning: class 'gke-standard' is used by no cluster; name it in a cluster's class or remove it");
    }

    [Fact]
    public void ClassWithAProblem_IsReportedOnceAtTheClass()
    {
        var errors = _fleet.WithStack(TempFleet.Stack("""
              fleet:clusterClasses:
                gke-standard: { provider: gke, kubernetesVersion: "1.33", certificateArn: arn:aws:acm:us-east-1:210987654321:certificate/3f1c2a9e-7b4d-4e8a-9c61-2d5f0e8b7a13, nodeGroups: [ { name: g, instanceTypes: [e2-standard-4], minSize: 1, maxSize: 2 } ] }
            """, """
                - { name: gke-a, class: gke-standard, region: europe-west1, project: acme-dev }
                - { name: gke-b, class: gke-standard, region: us-central1, project: acme-dev }
            """)).Errors();

        Assert.Equal(["Pulumi.test.yaml:6:79: fleet:clusterClasses.gke-standard.certificateArn: applies to eks clusters only; remove it from this gke cluster"], errors);
    }

    [Fact]
    public void AutomaticLabelWrittenByHand_IsAnError()
    {
        var errors = Errors("""
                - { name: eks-use1, class: eks-standard, region: us-east-1, labels: { region: eu } }
                - { name: gke-euw1, class: gke-standard, region: europe-west1, project: acme-dev }
            """);

        Assert.Equal(["Pulumi.test.yaml:22:75: fleet:clusters[0].labels.region: is set from the cluster's region for you; remove it here (use another label key for your own grouping)"], errors);
    }

    [Fact]
    public void VersionInNeitherClassNorCluster_IsMissing()
    {
        var errors = _fleet.WithStack(TempFleet.Stack("""
              fleet:clusterClasses:
                bare: { provider: eks, apiAccessCidrs: [203.0.113.0/24], nodeGroups: [ { name: g, instanceTypes: [m6i.xlarge], minSize: 1, maxSize: 2 } ] }
            """, "    - { name: eks-use1, class: bare, region: us-east-1 }")).Errors();

        Assert.Equal(["Pulumi.test.yaml:8:7: fleet:clusters[0].kubernetesVersion: is missing; set it here or in class 'bare'"], errors);
    }

    private LoadResult Load(string clusters) => _fleet.WithStack(TempFleet.Stack(Classes, clusters)).Load();

    private IReadOnlyList<string> Errors(string clusters) => _fleet.WithStack(TempFleet.Stack(Classes, clusters)).Errors();

    private static string[] Groups(ClusterConfig cluster) => [.. cluster.NodeGroups.Select(g => $"{g.Name}:{g.MinSize}-{g.DesiredSize}-{g.MaxSize}")];

    private static string Text(IEnumerable<KeyValuePair<string, string>> labels) => string.Join(",", labels.Select(l => $"{l.Key}={l.Value}"));
}
