using System.Collections.Concurrent;
using FleetInfra.Core.Planning;
using FleetInfra.Core.Rendering.Reuse;

namespace FleetInfra.Core.Diffing;

/// <summary>
/// Every app file of every cluster of a plan as UTF-8 bytes, rendered the way <c>fleet render</c> writes them (clusters
/// that differ only in their names render each app once and fill the name in), so that a diff costs about two renders.
/// </summary>
internal static class RenderedFiles
{
    public static ConcurrentDictionary<(string Cluster, string App), byte[]> Of(FleetPlan plan)
    {
        var files = new ConcurrentDictionary<(string Cluster, string App), byte[]>();
        foreach (var batch in RenderBatch.Of(plan))
        {
            Parallel.ForEach(
                batch.Placements,
                () => new RenderBuffers(),
                (placement, _, buffers) =>
                {
                    batch.Render(placement.Cluster, placement.App, buffers);
                    files[(placement.Cluster.Plan.Name, placement.App.Name)] = buffers.Bytes.WrittenSpan.ToArray();
                    return buffers;
                },
                _ => { });
        }

        return files;
    }
}
