using System.Text.Json;
using FleetInfra.Components.Tests.Clusters;
using FleetInfra.Components.Tests.Fleet;
using FleetInfra.Components.Tests.Mocks;
using FleetInfra.Core.Config;
using FleetInfra.Core.Planning;
using FleetInfra.Program;
using Pulumi.Testing;
using Xunit;

namespace FleetInfra.Components.Tests.Infra;

/// <summary>
/// Whole sample stacks through the program: every rendered object that needs an add-on to take effect has it, on every
/// cluster (host -> DNS -> load balancer -> certificate, HPA -> metrics, NetworkPolicy -> enforcement, growable node
/// group -> autoscaler).
/// </summary>
public sealed class AddonCoverageTests
{
    public static TheoryData<string> Stacks => [.. StackPlans.Stacks];

    private static async Task<FleetMocks> RunAsync(string stack)
    {
        var mocks = new FleetMocks();
        await RecordedDeployment.RunAsync(mocks, stack,
            () => FleetProgram.Run(stack, PulumiCliConfig.Namespace(StackPlans.StackFile(stack), "fleet"), StackPlans.RepositoryRoot));
        return mocks;
    }

    private static IEnumerable<(ClusterPlan Cluster, string Host)> IngressHosts(FleetMocks mocks, string stack) =>
        from cluster in StackPlans.Plan(stack).Clusters
        from ingress in mocks.KubernetesObjects.Where(r => r.Type == FleetMocks.IngressType && r.Name!.StartsWith($"{cluster.Name}-", StringComparison.Ordinal))
        from rule in ingress.Map("spec").Maps("rules")
        select (cluster, (string)rule["host"]);

    private static MockResourceArgs? Release(FleetMocks mocks, string cluster, string release) =>
        mocks.OfType(KubernetesOutputs.HelmReleaseType).SingleOrDefault(r => r.Name == $"{cluster}-{release}");

    [Theory]
    [MemberData(nameof(Stacks))]
    public async Task EveryIngressHost_IsCoveredByACertificateAndByDns(string stack)
    {
        var mocks = await RunAsync(stack);

        var hosts = IngressHosts(mocks, stack).ToList();
        Assert.NotEmpty(hosts);
        foreach (var (cluster, host) in hosts)
        {
            if (cluster.Provider == CloudProvider.Eks)
            {
                var named = cluster.Cluster.CertificateArn is not null;
                var created = mocks.OfType("aws:acm/certificate:Certificate").SingleOrDefault(c => c.Name == $"{cluster.Name}-ingress") is { } certificate
                    && new[] { (string)certificate.Inputs["domainName"] }.Concat(certificate.Inputs.ContainsKey("subjectAlternativeNames") ? certificate.Strings("subjectAlternativeNames") : []).Any(name => Matches(name, host));
                Assert.True(named || created, $"{stack}/{cluster.Name}: no certificate covers {host}");
                var filters = Release(mocks, cluster.Name, "external-dns")?.Map("values").Strings("domainFilters") ?? [];
                Assert.True(filters.Any(f => host == f || host.EndsWith($".{f}", StringComparison.Ordinal)), $"{stack}/{cluster.Name}: no ExternalDNS domain filter covers {host}");
            }
            else
            {
                var managed = mocks.KubernetesObjects.Where(r => r.Type!.Contains("ManagedCertificate", StringComparison.Ordinal) && r.Name!.StartsWith($"{cluster.Name}-", StringComparison.Ordinal))
                    .SelectMany(r => r.Map("spec").Strings("domains"));
                Assert.Contains(host, managed);
                var earlierCluster = StackPlans.Plan(stack).Clusters.TakeWhile(c => c != cluster).Any(c => c.Addons.CloudDnsRecords?.Records.Any(r => r.Host == host) == true);
                var record = mocks.OfType("gcp:dns/recordSet:RecordSet").Any(r => (string)r.Inputs["name"] == $"{host}.");
                Assert.True(record || earlierCluster, $"{stack}/{cluster.Name}: no DNS record for {host}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Stacks))]
    public async Task EveryClusterWithAnHpa_HasAMetricsSource(string stack)
    {
        var mocks = await RunAsync(stack);

        foreach (var cluster in StackPlans.Plan(stack).Clusters)
        {
            var hpas = mocks.KubernetesObjects.Count(r => r.Type!.Contains("HorizontalPodAutoscaler", StringComparison.Ordinal) && r.Name!.StartsWith($"{cluster.Name}-", StringComparison.Ordinal));
            if (hpas == 0)
            {
                continue;
            }

            // GKE serves the resource metrics API itself; EKS needs metrics-server.
            Assert.True(cluster.Provider == CloudProvider.Gke || Release(mocks, cluster.Name, "metrics-server") is not null, $"{stack}/{cluster.Name}: {hpas} HPAs and no metrics-server");
        }
    }

    [Theory]
    [MemberData(nameof(Stacks))]
    public async Task EveryClusterWithNetworkPolicies_EnforcesThem(string stack)
    {
        var mocks = await RunAsync(stack);

        foreach (var cluster in StackPlans.Plan(stack).Clusters)
        {
            Assert.Contains(mocks.KubernetesObjects, r => r.Type!.Contains("NetworkPolicy", StringComparison.Ordinal) && r.Name!.StartsWith($"{cluster.Name}-", StringComparison.Ordinal));
            if (cluster.Provider == CloudProvider.Eks)
            {
                var eks = mocks.Single("eks:index:Cluster", $"{cluster.Name}-eks");
                Assert.Equal((false, true), (eks.Inputs["useDefaultVpcCni"], eks.Map("vpcCniOptions")["enableNetworkPolicy"]));
            }
            else
            {
                Assert.Equal("ADVANCED_DATAPATH", mocks.OfType("gcp:container/cluster:Cluster").Single(c => c.Name == $"{cluster.Name}-cluster").Inputs["datapathProvider"]);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Stacks))]
    public async Task EveryNodeGroupThatCanGrow_IsCoveredByTheNodeAutoscaler(string stack)
    {
        var mocks = await RunAsync(stack);

        foreach (var cluster in StackPlans.Plan(stack).Clusters)
        {
            foreach (var group in cluster.Cluster.NodeGroups.Where(g => g.MinSize < g.MaxSize))
            {
                if (cluster.Provider == CloudProvider.Eks)
                {
                    var managed = mocks.Single("eks:index:ManagedNodeGroup", $"{cluster.Name}-ng-{group.Name}").Map("scalingConfig");
                    Assert.Equal(((double)group.MinSize, (double)group.MaxSize), ((double)managed["minSize"], (double)managed["maxSize"]));
                    var autoscaler = Release(mocks, cluster.Name, "cluster-autoscaler");
                    Assert.NotNull(autoscaler);
                    Assert.StartsWith($"{cluster.Name}-", (string)autoscaler.Map("values").Map("autoDiscovery")["clusterName"], StringComparison.Ordinal);
                }
                else
                {
                    var pool = mocks.OfType("gcp:container/nodePool:NodePool").Single(p => p.Name == $"{cluster.Name}-pool-{group.Name}").Map("autoscaling");
                    Assert.Equal(((double)group.MinSize, (double)group.MaxSize), ((double)pool["totalMinNodeCount"], (double)pool["totalMaxNodeCount"]));
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Stacks))]
    public async Task AddOnPolicies_GrantOnlyTheirZoneAndCluster(string stack)
    {
        var mocks = await RunAsync(stack);

        foreach (var cluster in StackPlans.Plan(stack).Clusters.Where(c => c.Provider == CloudProvider.Eks))
        {
            var statements = mocks.OfType("aws:iam/policy:Policy").Where(p => p.Name == $"{cluster.Name}-external-dns" || p.Name == $"{cluster.Name}-cluster-autoscaler")
                .SelectMany(p => JsonDocument.Parse((string)p.Inputs["policy"]).RootElement.GetProperty("Statement").EnumerateArray().ToList());
            foreach (var statement in statements)
            {
                var resource = statement.GetProperty("Resource").GetString()!;
                var actions = statement.GetProperty("Action").EnumerateArray().Select(a => a.GetString()!).ToList();
                var readOnly = actions.All(a => a.Split(':')[1].StartsWith("Describe", StringComparison.Ordinal) || a.Split(':')[1].StartsWith("Get", StringComparison.Ordinal) || a == "route53:ListHostedZones");
                var scoped = resource.Contains(cluster.Addons.ExternalDns?.Zone.ZoneId ?? "\0", StringComparison.Ordinal)
                    || resource.Contains($"/{cluster.Name}-", StringComparison.Ordinal)
                    || statement.TryGetProperty("Condition", out _);
                Assert.True(readOnly || scoped, $"{stack}/{cluster.Name}: {string.Join(",", actions)} on {resource} is neither read-only nor scoped");
            }
        }
    }

    private static bool Matches(string certificateName, string host) =>
        certificateName == host
        || (certificateName.StartsWith("*.", StringComparison.Ordinal) && host.IndexOf('.', StringComparison.Ordinal) is var dot and > 0 && host[(dot + 1)..] == certificateName[2..]);
}
