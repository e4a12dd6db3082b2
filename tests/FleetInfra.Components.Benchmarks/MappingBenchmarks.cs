using BenchmarkDotNet.Attributes;
using FleetInfra.Components.Fleet;
using FleetInfra.Core.Rendering;
using k8s;

namespace FleetInfra.Components.Benchmarks;

/// <summary>
/// The mapping alone, warm: every rendered object of a 2 x 100 reference fleet (an EKS and a GKE cluster, 2,000
/// objects) to its Pulumi type token and checked inputs.
/// </summary>
[MemoryDiagnoser]
public class MappingBenchmarks
{
    private IKubernetesObject[] _objects = [];

    [GlobalSetup]
    public void Setup() =>
        _objects = [.. PlannedFleet.Create("2x100").Clusters.SelectMany(c => ClusterManifests.Render(c)).SelectMany(f => f.Objects)];

    [Benchmark]
    public int MapEveryObject()
    {
        var inputs = 0;
        foreach (var model in _objects)
        {
            inputs += KubernetesObjectResources.ToInputs(model).Inputs.Count;
        }

        return inputs;
    }
}
