using System.Diagnostics;
using FleetInfra.Components.Fleet;
using FleetInfra.Core.Planning;
using FleetInfra.Core.Rendering;
using k8s;

namespace FleetInfra.Components.Benchmarks;

/// <summary>The mapping alone: every object an ApplicationFleet registers, rendered first, then mapped to its Pulumi inputs.</summary>
public static class MappingRun
{
    public static (TimeSpan Elapsed, long AllocatedBytes, int Objects) Measure(FleetPlan plan)
    {
        var objects = new List<IKubernetesObject>();
        foreach (var cluster in plan.Clusters)
        {
            objects.AddRange(ClusterManifests.Render(cluster).SelectMany(f => f.Objects));
        }

        GC.Collect();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var stopwatch = Stopwatch.StartNew();
        foreach (var model in objects)
        {
            _ = KubernetesObjectResources.ToInputs(model);
        }

        stopwatch.Stop();
        return (stopwatch.Elapsed, GC.GetTotalAllocatedBytes(precise: true) - allocated, objects.Count);
    }
}
