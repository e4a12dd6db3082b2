using FleetInfra.Components.Fleet;
using FleetInfra.Components.Tests.Fleet;
using FleetInfra.Core.Planning;
using FleetInfra.Program;
using Pulumi;
using Pulumi.Kubernetes;
using Pulumi.Testing;

namespace FleetInfra.Components.Benchmarks;

/// <summary>
/// One in-process Pulumi deployment of a plan under the components' strict test mocks (<see cref="FleetMocks"/>): the
/// engine is absent, so what it costs is the program's own work, from the plan to every registration answered.
/// </summary>
public static class FleetRegistration
{
    /// <summary>
    /// With <paramref name="wholeProgram"/>, <c>FleetProgram.Provision</c> (cluster components and fleets); otherwise one
    /// <see cref="ApplicationFleet"/> per cluster on its own Kubernetes provider. Returns the mocks with every registration.
    /// </summary>
    public static async Task<FleetMocks> RunAsync(FleetPlan plan, bool wholeProgram)
    {
        var mocks = new FleetMocks();
        await Deployment.TestAsync(mocks, new TestOptions { ProjectName = "fleetinfra", StackName = "bench", IsPreview = false }, () =>
        {
            if (wholeProgram)
            {
                return FleetProgram.Provision(plan);
            }

            foreach (var cluster in plan.Clusters)
            {
                var provider = new Provider($"{cluster.Name}-k8s", new ProviderArgs { KubeConfig = "{}" });
                _ = new ApplicationFleet(cluster.Name, new ApplicationFleetArgs { Cluster = cluster, Provider = provider });
            }

            return new Dictionary<string, object?>();
        });
        return mocks;
    }
}
