using System.Collections.Immutable;
using FleetInfra.Components.Fleet;
using FleetInfra.Components.Tests.Fleet;
using FleetInfra.Program;
using Pulumi.Testing;

namespace FleetInfra.Components.Tests.Infra;

/// <summary>An apps-only stack of staging: no cluster resource, the base's kubeconfigs through one StackReference, only the apps' objects.</summary>
public sealed class AppsOnlyProgramTests
{
    private const string StackReferenceType = "pulumi:pulumi:StackReference";
    private const string RecordSetType = "gcp:dns/recordSet:RecordSet";

    private static readonly Dictionary<string, string> ReviewConfig = new(StringComparer.Ordinal)
    {
        ["clustersFrom"] = "staging",
        ["expiresAt"] = "2026-12-07T21:00:00Z",
    };

    /// <summary>The base stack's outputs as the engine hands a StackReference its state: outputs and the names of the secret ones.</summary>
    private static FleetMocks MocksWithBaseOutputs()
    {
        var mocks = new FleetMocks();
        mocks.Resources[StackReferenceType] = _ => ImmutableDictionary<string, object>.Empty
            .Add("outputs", ImmutableDictionary<string, object>.Empty
                .Add(FleetProgram.KubeconfigOutput("eks-use1"), "kubeconfig of eks-use1")
                .Add(FleetProgram.KubeconfigOutput("gke-euw1"), "kubeconfig of gke-euw1"))
            .Add("secretOutputNames", ImmutableArray.Create<object>(FleetProgram.KubeconfigOutput("eks-use1"), FleetProgram.KubeconfigOutput("gke-euw1")));
        return mocks;
    }

    private static Task<RecordedDeployment> Run(FleetMocks mocks) =>
        RecordedDeployment.RunAsync(mocks, "pr-7", () => FleetProgram.Run("pr-7", ReviewConfig, StackPlans.RepositoryRoot));

    [Fact]
    public async Task AppsOnlyStack_RegistersNoClusterResource_AndReadsTheBaseThroughOneStackReference()
    {
        var mocks = MocksWithBaseOutputs();

        var run = await Run(mocks);

        var reference = Assert.Single(mocks.OfType(StackReferenceType));
        Assert.Equal("staging", reference.Inputs["name"]);
        Assert.DoesNotContain(mocks.Registered, r => r.Type is "eks:index:Cluster" or "gcp:container/cluster:Cluster" or "fleet:index:EksCluster" or "fleet:index:GkeCluster"
            || r.Type!.StartsWith("aws:", StringComparison.Ordinal) || r.Type.StartsWith("kubernetes:helm", StringComparison.Ordinal)
            || (r.Type.StartsWith("gcp:", StringComparison.Ordinal) && r.Type != RecordSetType));
        Assert.Equal(["eks-use1", "gke-euw1"], run.OfType(ApplicationFleet.TypeToken).Select(r => r.Name).Order(StringComparer.Ordinal));
        Assert.Equal("staging", run.Outputs["clustersFrom"]);

        // What 'fleet deploy destroy --expired' reads back from the backend (FleetInfra.Deploy/Targets/BackendReviewStacks.cs).
        Assert.Equal(("2026-12-07T21:00:00Z", "pr-7"), (run.Outputs["expiresAt"], run.Outputs["environment"]));
    }

    [Fact]
    public async Task SuspendedAppsOnlyStack_ExportsItsIdleness_AndPausesItsScaledObjectsAtZero()
    {
        var mocks = MocksWithBaseOutputs();
        var config = new Dictionary<string, string>(ReviewConfig, StringComparer.Ordinal)
        {
            ["lastChangeAt"] = "2026-12-01T09:00:00Z",
            ["idleAfter"] = "3d",
            ["suspended"] = "true",
        };

        var run = await RecordedDeployment.RunAsync(mocks, "pr-7", () => FleetProgram.Run("pr-7", config, StackPlans.RepositoryRoot));

        // What 'fleet deploy targets --idle' reads back from the backend (FleetInfra.Deploy/Targets/BackendReviewStacks.cs).
        Assert.Equal(("2026-12-01T09:00:00Z", "3d", true), (run.Outputs["lastChangeAt"], run.Outputs["idleAfter"], run.Outputs["suspended"]));
        var scaledObjects = mocks.OfType("kubernetes:keda.sh/v1alpha1:ScaledObject").ToList();
        Assert.NotEmpty(scaledObjects);
        Assert.All(scaledObjects, o => Assert.Equal("0", ((IReadOnlyDictionary<string, object>)((IReadOnlyDictionary<string, object>)o.Inputs["metadata"])["annotations"])["autoscaling.keda.sh/paused-replicas"]));
    }

    [Fact]
    public async Task AppsOnlyStack_TalksToEachClusterWithTheBasesKubeconfig_AndDeploysOnlyItsNamespacedApps()
    {
        var mocks = MocksWithBaseOutputs();

        var run = await Run(mocks);

        var providers = mocks.OfType("pulumi:providers:kubernetes").ToDictionary(p => p.Name!, p => p.Inputs["kubeconfig"], StringComparer.Ordinal);
        Assert.Equal(
            new Dictionary<string, object>(StringComparer.Ordinal) { ["eks-use1-k8s"] = "kubeconfig of eks-use1", ["gke-euw1-k8s"] = "kubeconfig of gke-euw1" },
            providers);
        var namespaces = mocks.OfType("kubernetes:core/v1:Namespace").Select(n => ((ImmutableDictionary<string, object>)n.Inputs["metadata"])["name"]).ToList();
        Assert.Equal(10, namespaces.Count);
        Assert.All(namespaces, name => Assert.EndsWith("-pr-7", (string)name, StringComparison.Ordinal));
        Assert.All(
            run.Recorded.Where(r => r.Type.StartsWith("kubernetes:", StringComparison.Ordinal) && !r.Type.StartsWith("kubernetes:core/v1:Namespace", StringComparison.Ordinal) && r.ParentType == ApplicationFleet.TypeToken),
            r => Assert.EndsWith("-k8s", r.ProviderName, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AppsOnlyStack_OnGke_RegistersOneRecordSetPerPublicHost_PointingAtItsIngressAddress_AndNoAddress()
    {
        var mocks = MocksWithBaseOutputs();
        var gke = FleetProgram.Load("pr-7", ReviewConfig, StackPlans.RepositoryRoot).PlanOrThrow().Clusters.Single(c => c.Name == "gke-euw1");
        var publicHosts = gke.Apps.Where(a => a.IsPublic).SelectMany(a => a.Routes.Select(r => $"{r.Host}.")).Order(StringComparer.Ordinal).ToList();

        await Run(mocks);

        var records = mocks.OfType(RecordSetType).ToList();
        Assert.NotEmpty(publicHosts);
        Assert.Equal(publicHosts, records.Select(r => (string)r.Inputs["name"]).Order(StringComparer.Ordinal));
        Assert.All(records, record =>
        {
            Assert.StartsWith("gke-euw1-dns-", record.Name, StringComparison.Ordinal);
            Assert.EndsWith("-pr-7.gke-euw1.staging.example.com.", (string)record.Inputs["name"], StringComparison.Ordinal);
            Assert.Equal(("A", 60.0, "example-com", "acme-dns"),
                ((string)record.Inputs["type"], (double)record.Inputs["ttl"], (string)record.Inputs["managedZone"], (string)record.Inputs["project"]));
            Assert.Equal([FleetMocks.GceAddress], ((ImmutableArray<object>)record.Inputs["rrdatas"]).Cast<string>());
        });

        // No reserved address (a review has none), and EKS hosts are the base's ExternalDNS's.
        Assert.Empty(mocks.OfType("gcp:compute/globalAddress:GlobalAddress"));
        Assert.DoesNotContain(records, r => ((string)r.Inputs["name"]).Contains(".eks-use1.", StringComparison.Ordinal));
    }
}
