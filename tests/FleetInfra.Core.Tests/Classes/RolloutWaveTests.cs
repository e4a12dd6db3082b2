using FleetInfra.Core.Tests.Support;

namespace FleetInfra.Core.Tests.Classes;

/// <summary><c>fleet:rollout</c>: selector and percent waves order a stack's clusters; waves taking nothing and percentages out of order.</summary>
[Collection(CurrentDirectoryCollection.Name)]
public sealed class RolloutWaveTests : IDisposable
{
    private static readonly string Clusters = string.Join("\n", Enumerable.Range(1, 8).Select(i =>
        $"    - {{ name: c{i}, class: eks, region: us-east-1{(i == 5 ? ", labels: { canary: \"true\" }" : string.Empty)} }}"));

    private const string Class = """
          fleet:clusterClasses:
            eks: { provider: eks, kubernetesVersion: "1.33", apiAccessCidrs: [203.0.113.0/24], nodeGroups: [ { name: g, instanceTypes: [m6i.xlarge], minSize: 1, maxSize: 3 } ] }
        """;

    private readonly TempFleet _fleet = new TempFleet().WithApps("a.yaml", "application:\n  api:\n    image: r.example.com/a:1\n");

    public void Dispose() => _fleet.Dispose();

    [Fact]
    public void CanaryThenPercentages_OrderTheClusters()
    {
        var waves = Waves("""
              fleet:rollout: { waves: [ { clusters: { matchLabels: { canary: "true" } } }, { percent: 25 }, { percent: 100 } ], pauseSeconds: 300 }
            """);

        Assert.Equal(["c5", "c1", "c2,c3,c4,c6,c7,c8"], waves);
    }

    [Fact]
    public void NoRollout_IsOneWave()
    {
        Assert.Equal(["c1,c2,c3,c4,c5,c6,c7,c8"], Waves(string.Empty));
    }

    [Fact]
    public void ClustersNoWaveTakes_FormALastWave()
    {
        Assert.Equal(["c1,c2", "c3,c4,c5,c6,c7,c8"], Waves("  fleet:rollout: { waves: [ { percent: 25 } ] }\n"));
    }

    [Fact]
    public void WaveTakingNoCluster_IsAWarning()
    {
        var result = _fleet.WithStack(TempFleet.Stack(Class + "\n" + "  fleet:rollout: { waves: [ { clusters: { matchLabels: { tier: edge } } }, { percent: 100 } ] }\n", Clusters)).Load();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains(result.Diagnostics, d => d.ToString() ==
            "Pulumi.test.yaml:7:29: fleet:rollout.waves[0]: warning: wave 1 (tier=edge) takes no cluster: every cluster it could take is in an earlier wave or none matches; remove it or change its selector");
        Assert.Equal(["c1,c2,c3,c4,c5,c6,c7,c8"], result.Plan!.Waves.Select(w => string.Join(",", w)));
    }

    [Fact]
    public void PercentagesOutOfOrder_AreAnError()
    {
        var errors = _fleet.WithStack(TempFleet.Stack(Class + "\n" + "  fleet:rollout: { waves: [ { percent: 50 }, { percent: 25 } ] }\n", Clusters)).Errors();

        Assert.Equal(["Pulumi.test.yaml:7:57: fleet:rollout.waves[1].percent: 25% comes after 50% (line 7); percentages count the earlier waves, so each must be larger than the one before"], errors);
    }

    [Fact]
    public void WaveWithBothKinds_IsAnError()
    {
        var errors = _fleet.WithStack(TempFleet.Stack(Class + "\n" + "  fleet:rollout: { waves: [ { percent: 50, clusters: {} } ] }\n", Clusters)).Errors();

        Assert.Equal(["Pulumi.test.yaml:7:29: fleet:rollout.waves[0]: set exactly one of clusters (a selector) or percent"], errors);
    }

    private string[] Waves(string rollout) =>
        [.. _fleet.WithStack(TempFleet.Stack(Class + "\n" + rollout, Clusters)).Plan() is var plan ? plan.Waves.Select(w => string.Join(",", w)) : []];
}
