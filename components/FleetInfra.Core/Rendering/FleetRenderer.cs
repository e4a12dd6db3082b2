using System.Collections.Immutable;
using FleetInfra.Core.Planning;

namespace FleetInfra.Core.Rendering;

/// <summary>Renders every cluster of a plan to YAML in memory.</summary>
public static class FleetRenderer
{
    public static ImmutableArray<RenderedCluster> Render(FleetPlan plan, IProgress<int>? appsRendered = null)
    {
        var clusters = new RenderedCluster[plan.Clusters.Length];
        Parallel.For(0, plan.Clusters.Length, i =>
        {
            var cluster = plan.Clusters[i];
            var files = ClusterManifests.Render(cluster)
                .Select(f => (f.RelativePath, ManifestYaml.Serialize(f.Objects)))
                .ToImmutableArray();
            clusters[i] = new RenderedCluster(cluster.Name, files);
            appsRendered?.Report(files.Length);
        });
        return [.. clusters];
    }
}
