using System.Collections.Immutable;
using FleetInfra.Core.Config;
using FleetInfra.Core.Diagnostics;

namespace FleetInfra.Components.Tests.Clusters;

/// <summary>Cluster configs as the stack files write them (see stacks/Pulumi.staging.yaml).</summary>
internal static class TestClusters
{
    public const string AdminRoleArn = "arn:aws:iam::210987654321:role/platform-admin";

    public static NodeGroupConfig General { get; } = new()
    {
        Name = "general",
        InstanceTypes = ["m6i.large", "m6a.large"],
        MinSize = 2,
        MaxSize = 8,
        DesiredSize = 3,
    };

    public static NodeGroupConfig SpotBatch { get; } = new()
    {
        Name = "batch",
        InstanceTypes = ["c6i.2xlarge"],
        MinSize = 0,
        MaxSize = 10,
        DesiredSize = 0,
        Spot = true,
        DiskSizeGb = 100,
        Labels = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("workload", "batch")]),
        Taints = [new NodeTaint("workload", "batch", TaintEffect.NoSchedule)],
    };

    public static ClusterConfig Eks() => new()
    {
        Name = "eks-use1",
        Provider = CloudProvider.Eks,
        Region = "us-east-1",
        KubernetesVersion = "1.33",
        NodeGroups = [General, SpotBatch],
        ApiAccessCidrs = ["198.51.100.0/24"],
        AdminRoleArns = [AdminRoleArn],
        Source = new SourceLocation("stacks/Pulumi.test.yaml", 9, 7),
    };

    public static ClusterConfig Gke() => new()
    {
        Name = "gke-euw1",
        Provider = CloudProvider.Gke,
        Region = "europe-west1",
        Project = "acme-staging",
        KubernetesVersion = "1.33",
        NodeGroups =
        [
            General with { InstanceTypes = ["e2-standard-4"], MinSize = 1, MaxSize = 6, DesiredSize = 1 },
            SpotBatch with { InstanceTypes = ["e2-standard-8"] },
        ],
        ApiAccessCidrs = ["198.51.100.0/24"],
        ReleaseChannel = "STABLE",
        Source = new SourceLocation("stacks/Pulumi.test.yaml", 17, 7),
    };
}
