using FleetInfra.Components.Tests.Clusters;
using FleetInfra.ComponentPackage;
using Pulumi;
using Package = FleetInfra.ComponentPackage;

namespace FleetInfra.Components.Tests.ComponentPackage;

/// <summary>The package's components, as a Construct call creates them, against strict mocks: inputs in, the C# components out.</summary>
public sealed class PackageComponentsTests
{
    private const string Intents = """
        application:
          web:
            image: registry.example.com/acme/web:1.2.3
            ports:
              - 8080: true
            min_running_instances: 2
            max_running_instances: 4
          worker:
            image: registry.example.com/acme/worker:0.9.0
        """;

    private static ClusterSpecArgs EksSpec(int minSize = 2, int maxSize = 4) => new()
    {
        Name = "eks-use1",
        Region = "us-east-1",
        KubernetesVersion = "1.33",
        ApiAccessCidrs = new[] { "203.0.113.0/24" },
        NodeGroups = new InputList<NodeGroupSpecArgs>
        {
            new NodeGroupSpecArgs { Name = "general", InstanceTypes = new[] { "m6i.large" }, MinSize = minSize, MaxSize = maxSize },
        },
    };

    [Fact]
    public async Task EksCluster_Spec_IsPlannedAndBuiltByTheEksClusterComponentAsItsChild()
    {
        var run = await ComponentRun<Package.EksCluster>.RunAsync(
            options => new Package.EksCluster("eks", new Package.EksClusterArgs { Cluster = EksSpec(), AvailabilityZoneCount = 2 }, options),
            new PackageMocks());

        Assert.Equal(
            [(FleetPackage.TypeToken("EksCluster"), "eks", null), (Components.Clusters.EksCluster.TypeToken, "eks", FleetPackage.TypeToken("EksCluster"))],
            run.Registrations.Where(r => r.Type.EndsWith(":index:EksCluster", StringComparison.Ordinal)).Select(r => (r.Type, r.Name, r.ParentType)));
        var group = Assert.Single(run.Mocks.OfType("eks:index:ManagedNodeGroup"));
        // desiredSize is left out, so it is minSize, as in a stack file.
        Assert.Equal(new Dictionary<string, object> { ["minSize"] = 2.0, ["maxSize"] = 4.0, ["desiredSize"] = 2.0 }, group.Map("scalingConfig"));
        Assert.Equal(["m6i.large"], group.Strings("instanceTypes"));
        Assert.Equal(4, run.Mocks.OfType("aws:ec2/subnet:Subnet").Count);
        var (kubeconfig, isSecret) = await run.Component.Kubeconfig.ResolveWithSecretAsync();
        Assert.True(isSecret);
        Assert.Contains(Mocks.AwsOutputs.ClusterEndpoint, kubeconfig, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EksCluster_InvalidSpec_FailsWithEveryProblemByInputPath()
    {
        var spec = EksSpec(minSize: 5, maxSize: 2);
        spec.Provider = "gke";
        spec.KubernetesVersion = "1.3";

        var error = await Assert.ThrowsAnyAsync<Exception>(() => ComponentRun<Package.EksCluster>.RunAsync(
            options => new Package.EksCluster("eks", new Package.EksClusterArgs { Cluster = spec }, options), new PackageMocks()));

        // Pulumi reports the component's ArgumentException as the program's unhandled exception, message included.
        Assert.Contains(
            """
            System.ArgumentException: fleetinfra:index:EksCluster 'eks': invalid inputs; fix every line:
            cluster.provider: is 'gke'; EksCluster builds 'eks' clusters: leave provider out or use the other cluster component
            cluster.kubernetesVersion: '1.3' is not a Kubernetes minor version; quote it like "1.33"
            cluster.nodeGroups[0].maxSize: maxSize (2) is below minSize (5); raise maxSize or lower minSize

            """,
            error.Message.ReplaceLineEndings("\n"),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task GkeCluster_SpecWithLabelsTaintsAndSpot_ReachesTheNodePool()
    {
        var spec = new ClusterSpecArgs
        {
            Name = "gke-euw1",
            Region = "europe-west1",
            Project = "acme-staging",
            KubernetesVersion = "1.33",
            NodeGroups = new InputList<NodeGroupSpecArgs>
            {
                new NodeGroupSpecArgs
                {
                    Name = "batch",
                    InstanceTypes = new[] { "e2-standard-8" },
                    MinSize = 0,
                    MaxSize = 10,
                    Spot = true,
                    DiskSizeGb = 100,
                    Labels = new InputMap<string> { ["workload"] = "batch" },
                    Taints = new InputList<NodeTaintSpecArgs> { new NodeTaintSpecArgs { Key = "workload", Value = "batch", Effect = "NoSchedule" } },
                },
            },
        };

        var run = await ComponentRun<Package.GkeCluster>.RunAsync(
            options => new Package.GkeCluster("gke", new Package.GkeClusterArgs { Cluster = spec, Environment = "prod" }, options),
            new PackageMocks());

        Assert.Single(run.Mocks.OfType(Components.Clusters.GkeCluster.TypeToken));
        var pool = Assert.Single(run.Mocks.OfType("gcp:container/nodePool:NodePool"));
        var config = pool.Map("nodeConfig");
        Assert.Equal(("e2-standard-8", true, 100.0), ((string)config["machineType"], (bool)config["spot"], (double)config["diskSizeGb"]));
        Assert.Equal(new SortedDictionary<string, string> { ["workload"] = "batch" }, config.StringMap("labels"));
        Assert.Equal(new Dictionary<string, object> { ["key"] = "workload", ["value"] = "batch", ["effect"] = "NO_SCHEDULE" }, Assert.Single(config.Maps("taints")));
        // The environment is prod, so the cluster is protected as a production stack's would be.
        Assert.Equal(true, Assert.Single(run.Mocks.OfType("gcp:container/cluster:Cluster")).Inputs["deletionProtection"]);
    }

    [Fact]
    public async Task ApplicationFleet_IntentsAndClusterSpec_DeployEveryAppThroughTheKubeconfigsProvider()
    {
        var spec = EksSpec();
        spec.Provider = "eks";
        var run = await ComponentRun<Package.ApplicationFleet>.RunAsync(
            options => new Package.ApplicationFleet("apps", new Package.ApplicationFleetArgs
            {
                Cluster = spec,
                Intents = Intents,
                Domain = "dev.example.com",
                Kubeconfig = Output.CreateSecret(Mocks.AwsOutputs.KubeconfigJson("eks-use1")),
            }, options),
            new PackageMocks());

        var provider = Assert.Single(run.Mocks.OfType(Mocks.KubernetesOutputs.ProviderType));
        Assert.Equal("apps-k8s", provider.Name);
        Assert.Equal(["web", "worker"], run.Mocks.OfType("kubernetes:apps/v1:Deployment").Select(d => (string)d.Map("metadata")["name"]).Order(StringComparer.Ordinal));
        var urls = await run.Component.Urls.ValueAsync();
        Assert.Equal(["https://web.eks-use1.dev.example.com"], urls["web"]);
        Assert.False(await Output.IsSecretAsync(run.Component.Urls));
    }

    [Fact]
    public async Task ApplicationFleet_BadIntent_FailsWithItsLineInTheIntents()
    {
        var spec = EksSpec();
        spec.Provider = "eks";

        var error = await Assert.ThrowsAnyAsync<Exception>(() => ComponentRun<Package.ApplicationFleet>.RunAsync(
            options => new Package.ApplicationFleet("apps", new Package.ApplicationFleetArgs
            {
                Cluster = spec,
                Intents = "application:\n  web:\n    image: registry.example.com/acme/web:1.2.3\n    cpu: 2 cores\n",
                Kubeconfig = "{}",
            }, options),
            new PackageMocks()));

        Assert.Contains(
            """
            System.ArgumentException: fleetinfra:index:ApplicationFleet 'apps': invalid inputs; fix every line:
            fleetinfra:index:ApplicationFleet 'apps' intents:4:10: application.web.cpu: '2 cores' is not a CPU quantity; use millicores like 500m, cores like "0.5" or "2", or an integer of millicores like 500

            """,
            error.Message.ReplaceLineEndings("\n"),
            StringComparison.Ordinal);
    }
}
