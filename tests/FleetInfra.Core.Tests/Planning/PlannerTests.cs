using FleetInfra.Core.Tests.Support;
using k8s.Models;

namespace FleetInfra.Core.Tests.Planning;

/// <summary>Per-stack app selection, per-cluster selection and per-app overrides.</summary>
[Collection(CurrentDirectoryCollection.Name)]
public sealed class PlannerTests : IDisposable
{
    private readonly TempFleet _fleet = new TempFleet().WithApps("a.yaml", """
        application:
          api:
            image: r.example.com/api:1
            ports: [ {8080: true} ]
          worker:
            image: r.example.com/worker:1
            cpu: 250m
        """);

    public void Dispose() => _fleet.Dispose();

    [Fact]
    public void StackAppSelection_DeploysOnlyTheListedApps()
    {
        _fleet.WithStack(TempFleet.Stack("  fleet:apps: [worker]"));
        Assert.All(_fleet.Plan().Clusters, c => Assert.Equal(["worker"], c.Apps.Select(a => a.Name)));
    }

    [Fact]
    public void ClusterAppSelection_NarrowsThatClusterOnly()
    {
        _fleet.WithStack(TempFleet.Stack(clusters: TempFleet.EksCluster + "\n      apps: [api]\n" + TempFleet.GkeCluster));
        var plan = _fleet.Plan();
        Assert.Equal(["api"], plan.Clusters[0].Apps.Select(a => a.Name));
        Assert.Equal(["api", "worker"], plan.Clusters[1].Apps.Select(a => a.Name));
    }

    [Fact]
    public void AppOverrides_ChangeScalingResourcesAndEnvironmentForThisStackOnly()
    {
        _fleet.WithStack(TempFleet.Stack("""
              fleet:appOverrides:
                worker:
                  cpu: 1000m
                  min_running_instances: 2
                  max_running_instances: 5
                  environment_variables: { MODE: batch }
            """));
        var deployment = _fleet.Single<V1Deployment>("eks-use1", "worker");
        var container = deployment.Spec.Template.Spec.Containers[0];
        Assert.Equal("1", container.Resources.Requests["cpu"].ToString());
        Assert.Null(deployment.Spec.Replicas);
        Assert.Equal(("MODE", "batch"), (container.Env.Single().Name, container.Env.Single().Value));
        Assert.Equal(5, _fleet.Single<V2HorizontalPodAutoscaler>("eks-use1", "worker").Spec.MaxReplicas);
    }

    [Fact]
    public void UnknownNames_InSelectionsAndOverrides_AreErrorsWithSuggestions()
    {
        _fleet.WithStack(TempFleet.Stack("""
              fleet:apps: [api, wroker]
              fleet:appOverrides:
                apii: { cpu: 500m }
                worker: { replicas: 3 }
            """, TempFleet.EksCluster + "\n      apps: [ghost]"));
        Assert.Equal(
            [
                "Pulumi.test.yaml:5:21: fleet:apps: 'wroker' is not a known app (did you mean 'worker'?); define it under apps or remove it from the list",
                "Pulumi.test.yaml:7:5: fleet:appOverrides.apii: overrides unknown app 'apii' (did you mean 'api'?); use the name of an app under apps",
                "Pulumi.test.yaml:8:15: fleet:appOverrides.worker.replicas: unknown key 'replicas'; allowed keys: cpu, custom_domains, environment_variables, image, max_running_instances, memory, min_running_instances, schedule, vertical_scaling",
                "Pulumi.test.yaml:17:14: fleet:clusters[0].apps: 'ghost' is not an app of this stack; add it to the stack's apps or remove it from the cluster's list",
            ],
            _fleet.Errors());
    }
}
