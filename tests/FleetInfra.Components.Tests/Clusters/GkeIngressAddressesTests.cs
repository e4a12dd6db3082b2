using FleetInfra.Core.Addons;
using FleetInfra.Components.Clusters;
using FleetInfra.Components.Tests.Fleet;
using FleetInfra.Components.Tests.Mocks;
using FleetInfra.Core.Planning;
using FleetInfra.Core.Rendering;
using k8s.Models;
using Xunit;

namespace FleetInfra.Components.Tests.Clusters;

/// <summary>GKE: reserved addresses under the names the rendered Ingresses carry, and DNS records pointing at them.</summary>
public sealed class GkeIngressAddressesTests
{
    private const string Name = "gke-euw1";

    private static ClusterPlan Dev => StackPlans.Cluster("dev", Name);

    private static Task<ComponentRun<GkeCluster>> RunAsync(ClusterPlan plan, bool protect = false) =>
        ComponentRun<GkeCluster>.RunAsync(options => new GkeCluster(Name, new GkeClusterArgs { Cluster = plan.Cluster, Addons = plan.Addons, Protect = protect }, options));

    [Fact]
    public async Task EveryPublicIngress_NamesAnAddressTheComponentReserves()
    {
        var run = await RunAsync(Dev);

        var reserved = run.Mocks.OfType("gcp:compute/globalAddress:GlobalAddress")
            .Select(a => $"{a.Inputs["name"]} {a.Inputs["project"]} {a.Inputs["addressType"]} {a.Inputs["ipVersion"]}")
            .Order(StringComparer.Ordinal);
        var named = ClusterManifests.Render(Dev).SelectMany(f => f.Objects).OfType<V1Ingress>()
            .Select(i => $"{i.Metadata.Annotations[GceIngressManifests.StaticIpAnnotation]} acme-dev EXTERNAL IPV4")
            .Order(StringComparer.Ordinal);
        Assert.Equal(named, reserved);
        Assert.NotEmpty(reserved);
    }

    [Fact]
    public async Task EveryHostInTheZone_HasAnARecordToItsAppsAddress()
    {
        var run = await RunAsync(Dev);

        var records = run.Mocks.OfType("gcp:dns/recordSet:RecordSet")
            .Select(r => $"{r.Inputs["name"]} {r.Inputs["type"]} {r.Inputs["managedZone"]} {r.Inputs["project"]} {string.Join(",", r.Strings("rrdatas"))}")
            .Order(StringComparer.Ordinal);
        var expected = Dev.Apps.Where(a => a.IsPublic)
            .SelectMany(a => a.Routes.Select(r => r.Host).Distinct().Select(host => $"{host}. A example-com acme-dns {GcpOutputs.AddressOf(StaticIpNames.For("dev", Name, a.Name))}"))
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, records);
    }

    [Fact]
    public async Task Production_ProtectsTheReservedAddresses()
    {
        var run = await RunAsync(StackPlans.Cluster("prod", Name), protect: true);

        Assert.Equal(StackPlans.Cluster("prod", Name).Addons.StaticIps.Length, run.ProtectedCountsByType()["gcp:compute/globalAddress:GlobalAddress"]);
    }
}
