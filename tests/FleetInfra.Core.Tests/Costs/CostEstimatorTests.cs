using FleetInfra.Core.Costs;
using FleetInfra.Core.Tests.Support;

namespace FleetInfra.Core.Tests.Costs;

/// <summary>
/// The estimate against examples computed by hand from prices.csv (list prices as of 2025-06-01) and
/// machine specs of prices.csv. A month is 730 hours; every amount is rounded to cents half away from zero.
/// </summary>
[Collection(CurrentDirectoryCollection.Name)]
public sealed class CostEstimatorTests : IDisposable
{
    private readonly TempFleet _fleet = new();

    public void Dispose() => _fleet.Dispose();

    [Fact]
    public void EksCluster_MatchesTheHandComputedBill()
    {
        _fleet.WithStack(Stack("""
                - name: shop
                  provider: eks
                  region: us-east-1
                  kubernetesVersion: "1.33"
                  apiAccessCidrs: [203.0.113.0/24]
                  nodeGroups:
                    - { name: general, instanceTypes: [m6i.large], minSize: 2, maxSize: 4, desiredSize: 3 }
            """)).WithApps("a.yaml", """
            application:
              web: { image: r.example.com/web:1, cpu: 500m, memory: 1Gi, ports: [ {8080: true} ], min_running_instances: 2, max_running_instances: 4 }
            """);

        var estimate = CostEstimator.Estimate(_fleet.Plan());
        var cluster = Assert.Single(estimate.Clusters);
        var group = Assert.Single(cluster.NodeGroups);

        // m6i.large on-demand $0.096/h: 3 x 0.096 x 730 = 210.24; at 2 nodes 140.16, at 4 nodes 280.32.
        // Spot (indicative $0.0384/h): 3 x 0.0384 x 730 = 84.096 -> 84.10.
        Assert.Equal((210.24m, 140.16m, 280.32m, 210.24m, 84.10m), (group.Monthly, group.MonthlyMin, group.MonthlyMax, group.MonthlyOnDemand, group.MonthlySpot));

        // Control plane 0.10 x 730 = 73.00; one shared ALB 0.0225 x 730 = 16.425 -> 16.43; 3 NAT gateways 3 x 0.045 x 730 = 98.55;
        // gp3 3 nodes x 50 GB x 0.08 = 12.00 (2 nodes 8.00, 4 nodes 16.00); the secrets KMS key 1.00. No DNS zone: no certificate or records.
        Assert.Equal(
            [
                ("eks:control-plane", 73.00m, 73.00m, 73.00m),
                ("elb:application-load-balancer", 16.43m, 16.43m, 16.43m),
                ("vpc:nat-gateway", 98.55m, 98.55m, 98.55m),
                ("ebs:gp3", 12.00m, 8.00m, 16.00m),
                ("kms:key", 1.00m, 1.00m, 1.00m),
            ],
            cluster.Lines.Select(l => (l.Item, l.Monthly!.Value, l.MonthlyMin!.Value, l.MonthlyMax!.Value)));

        // 210.24 + 73.00 + 16.43 + 98.55 + 12.00 + 1.00 = 411.22; at min 140.16 + ... + 8.00 = 337.14; at max 280.32 + ... + 16.00 = 485.30.
        Assert.Equal((411.22m, 337.14m, 485.30m), (estimate.Monthly, estimate.MonthlyMin, estimate.MonthlyMax));
        Assert.True(estimate.Complete);
    }

    [Fact]
    public void EksCapacity_IsBinPackedAndFlagsAnOverProvisionedGroup()
    {
        EksCluster_MatchesTheHandComputedBill();
        var estimate = CostEstimator.Estimate(_fleet.Plan());
        var capacity = estimate.Clusters[0].Capacity;
        var group = estimate.Clusters[0].NodeGroups[0].Capacity;

        // A node offers m6i.large's allocatable 1930m / 7518Mi less the DaemonSet reserve 100m / 200Mi: 1830m / 7318Mi.
        // At min 2 x (500m, 1Gi) = 1000m, 2048Mi against 3 nodes' 5490m, 21954Mi: CPU 18.2%, memory 9.3%, both under 30%.
        // Bin packing: both pods fit one node; at max 4 pods of 500m need 2 nodes (3 x 500m = 1500m per node).
        Assert.Equal((1000, 2048, 2000, 4096, 5490, 21954, 1, 2, true),
            (capacity.RequestedCpuMillisAtMin, capacity.RequestedMemoryMiBAtMin, capacity.RequestedCpuMillisAtMax, capacity.RequestedMemoryMiBAtMax,
             capacity.CapacityCpuMillisAtDesired, capacity.CapacityMemoryMiBAtDesired, capacity.NodesNeededAtMin, capacity.NodesNeededAtMax, capacity.FitsAtMax));
        Assert.Equal(("over-provisioned", 18.2, 9.3), (group.Status, group.CpuUtilisationPercent, group.MemoryUtilisationPercent));
        Assert.Equal(
            "shop/general: apps at minimum replicas request 18.2% of the CPU and 9.3% of the memory of the nodes at desired sizes, under 30%: over-provisioned; the bin-packing estimate fills 1 node(s), so desiredSize 3 (minSize 2) could be lower",
            string.Join("\n", estimate.Warnings));
    }

    [Fact]
    public void GkeCluster_WithSpotForwardingRulesCloudNatAndSchedules_MatchesTheHandComputedBill()
    {
        var cluster3 = TempFleet.Renamed(TempFleet.GkeCluster, "web")
            .Replace("minSize: 1, maxSize: 5, spot: true", "minSize: 1, maxSize: 3, desiredSize: 2, spot: true", StringComparison.Ordinal);
        _fleet.WithStack(Stack(cluster3, "  fleet:schedule: { active: \"Mon-Fri 08:00-18:00\", timezone: UTC }")).WithApps("a.yaml", """
            application:
              a: { image: r.example.com/a:1, cpu: 1500m, memory: 1Gi, ports: [ {8080: true} ] }
              b: { image: r.example.com/b:1, cpu: 1500m, memory: 1Gi, ports: [ {8080: true} ] }
              c: { image: r.example.com/c:1, cpu: 1500m, memory: 1Gi, ports: [ {8080: true} ] }
              d: { image: r.example.com/d:1, cpu: 500m, memory: 512Mi, schedule: always }
            """);

        var estimate = CostEstimator.Estimate(_fleet.Plan());
        var cluster = Assert.Single(estimate.Clusters);
        var group = Assert.Single(cluster.NodeGroups);

        // e2-standard-4 spot $0.0442/h: 2 x 0.0442 x 730 = 64.532 -> 64.53; 1 node 32.266 -> 32.27; 3 nodes 96.798 -> 96.80.
        // On-demand $0.147248/h: 2 x 0.147248 x 730 = 214.98208 -> 214.98.
        Assert.Equal((64.53m, 32.27m, 96.80m, 214.98m), (group.Monthly, group.MonthlyMin, group.MonthlyMax, group.MonthlyOnDemand));

        // Management fee 0.10 x 730 = 73.00 (no free-tier credit for a regional cluster). 3 public apps = 3 Ingresses x 2 forwarding
        // rules = 6: the first 5 cost 0.025 x 730 = 18.25, the sixth 0.010 x 730 = 7.30. Cloud NAT 2 nodes x 0.0014 x 730 = 2.044
        // -> 2.04 (1 node 1.02, 3 nodes 3.066 -> 3.07). pd-balanced 2 x 50 GB x 0.11 = 11.00 (5.50, 16.50). Certificates and
        // static IPs in use are free.
        Assert.Equal(
            [
                ("gke:cluster-management", 1m, 73.00m, 73.00m, 73.00m),
                ("lb:forwarding-rules-first-5", 1m, 18.25m, 18.25m, 18.25m),
                ("lb:forwarding-rule-additional", 1m, 7.30m, 7.30m, 7.30m),
                ("nat:cloud-nat-vm", 2m, 2.04m, 1.02m, 3.07m),
                ("pd:balanced", 100m, 11.00m, 5.50m, 16.50m),
                ("certificate:google-managed", 3m, 0m, 0m, 0m),
                ("ip:static-on-forwarding-rule", 3m, 0m, 0m, 0m),
            ],
            cluster.Lines.Select(l => (l.Item, l.Quantity, l.Monthly!.Value, l.MonthlyMin!.Value, l.MonthlyMax!.Value)));

        // 64.53 + 73.00 + 18.25 + 7.30 + 2.04 + 11.00 = 176.12.
        Assert.Equal(176.12m, estimate.Monthly);

        // A node offers 3920m - 100m = 3820m. In working hours a, b, c (1500m each) and d (500m) pack as a+b+d | c: 2 nodes.
        // Outside them only d runs: 1 node (minSize 1). Off-hours are 168 - 5 x 10 = 118 h a week, 118 x 730 / 168 = 512.738 h a
        // month, one node fewer: 512.7 node-hours saved, x $0.0442 = 22.663 -> 22.66. The baseline is 2 nodes x 730 = 1460.
        var saving = cluster.Saving;
        Assert.Equal(("a,b,c", 1460.0, 512.7, 22.66m, (string?)null),
            (string.Join(',', saving.ScheduledApps), saving.BaselineNodeHoursPerMonth, saving.SavedNodeHoursPerMonth, saving.MonthlySaving, saving.Note));
        Assert.Equal((22.66m, 153.46m), (estimate.ScheduleSaving, estimate.MonthlyWithSchedules));
    }

    [Fact]
    public void FixedSizeGroup_SavesNothingAndSaysWhy()
    {
        _fleet.WithStack(Stack(EksClusterOfLargeNodes.Replace("minSize: 2, maxSize: 6, desiredSize: 3", "minSize: 3, maxSize: 3", StringComparison.Ordinal),
            "  fleet:schedule: { active: \"Mon-Fri 08:00-18:00\", timezone: UTC }")).WithApps("a.yaml", "application:\n  a: { image: r.example.com/a:1 }\n");

        var saving = CostEstimator.Estimate(_fleet.Plan()).Clusters[0].Saving;

        Assert.Equal((0.0, 0m), (saving.SavedNodeHoursPerMonth, saving.MonthlySaving));
        Assert.Equal("no node group can shrink (minSize equals maxSize, or the node autoscaler is off), so the apps stop but the nodes keep running", saving.Note);
    }

    [Fact]
    public void UnknownTypeAndRegion_AreWarningsNamingTheRowToAdd_NeverZero()
    {
        _fleet.WithStack(Stack(EksClusterOfLargeNodes
                .Replace("region: us-east-1", "region: ap-south-2", StringComparison.Ordinal)
                .Replace("m6i.large", "m7g.large", StringComparison.Ordinal)))
            .WithApps("a.yaml", "application:\n  a: { image: r.example.com/a:1 }\n");

        var estimate = CostEstimator.Estimate(_fleet.Plan());
        var group = estimate.Clusters[0].NodeGroups[0];

        Assert.False(estimate.Complete);
        Assert.Equal(("unknown", (decimal?)null, (decimal?)null), (group.Capacity.Status, group.Monthly, group.HourlyOnDemand));
        const string awsHint = "run 'fleet prices update' (or 'fleet prices import aws OFFER.json... --out prices.csv' with the AWS Price List offer files) and 'fleet cost --prices prices.csv'";
        Assert.Contains($"eks-use1: no list price for aws instance:m7g.large:on-demand in ap-south-2, so the estimate leaves it out; {awsHint}", estimate.Warnings);
        Assert.Contains($"eks-use1: no list price for aws vpc:nat-gateway in ap-south-2, so the estimate leaves it out; {awsHint}", estimate.Warnings);
        Assert.Contains($"eks-use1/general: no vCPU and memory for aws type m7g.large, so its capacity is unknown; {awsHint}", estimate.Warnings);

        // What is priced still adds up: the control plane (73.00) and the KMS key (1.00), which cost the same in every region.
        Assert.Equal(74.00m, estimate.Monthly);
    }

    [Fact]
    public void PodLargerThanAnyNode_IsUnderProvisioned()
    {
        _fleet.WithStack(Stack(EksClusterOfLargeNodes)).WithApps("a.yaml", "application:\n  big: { image: r.example.com/big:1, cpu: \"4\", memory: 2Gi }\n");

        var estimate = CostEstimator.Estimate(_fleet.Plan());

        Assert.Equal("under-provisioned", estimate.Clusters[0].NodeGroups[0].Capacity.Status);
        Assert.False(estimate.Clusters[0].Capacity.FitsAtMax);
        Assert.Contains("eks-use1: a pod of big requests 4000m CPU and 2048Mi memory, more than any node of general offers: under-provisioned; use a larger instance type or lower its requests", estimate.Warnings);
    }

    [Fact]
    public void AppsThatDoNotFitAtMaxSize_AreUnderProvisioned()
    {
        // 1830m per m6i.large node, 3 x 900m pods per node... 2 pods of 900m fit a node (1800m): 13 pods need 7 nodes, max is 6.
        _fleet.WithStack(Stack(EksClusterOfLargeNodes)).WithApps("a.yaml", "application:\n  w: { image: r.example.com/w:1, cpu: 900m, min_running_instances: 2, max_running_instances: 13 }\n");

        var estimate = CostEstimator.Estimate(_fleet.Plan());

        Assert.Contains("eks-use1: at maximum replicas 1 pod(s) of w do not fit in general (6 nodes): under-provisioned; raise maxSize or use a larger instance type", estimate.Warnings);
    }

    /// <summary>The arithmetic of these tests is worked out for m6i.large nodes.</summary>
    private static readonly string EksClusterOfLargeNodes = TempFleet.EksCluster.Replace("m6i.xlarge", "m6i.large", StringComparison.Ordinal);

    private const string CapacityPoliciesOff = "fleet:policies: { FI008: off, FI009: off }";

    /// <summary>A stack without the capacity policies (FI008, FI009): these tests are about what the estimate says of a misfit.</summary>
    private static string Stack(string clusters, string extra = "") => $"""
        config:
          fleet:domain: dev.example.com
          {CapacityPoliciesOff}
        {extra}
          fleet:clusters:
        {clusters}
        """;
}
