using FleetInfra.Core.Planning;
using FleetInfra.Core.Rendering.Reuse;

namespace FleetInfra.Core.Diffing;

/// <summary>
/// One side of a diff ready to render: every cluster's batch, its templates built the way <c>fleet render</c> builds
/// them (clusters that differ only in their names render each app once). No file is kept: a placement's bytes are
/// written on demand into the caller's buffers, and an app written from a template is known by that template.
/// </summary>
internal sealed class RenderedSide
{
    private readonly Dictionary<string, (RenderBatch Batch, BatchCluster Cluster, Dictionary<string, AppPlan> Apps)> _clusters;

    private RenderedSide(Dictionary<string, (RenderBatch, BatchCluster, Dictionary<string, AppPlan>)> clusters) => _clusters = clusters;

    public static RenderedSide Of(FleetPlan plan)
    {
        var clusters = new Dictionary<string, (RenderBatch, BatchCluster, Dictionary<string, AppPlan>)>(StringComparer.Ordinal);
        foreach (var batch in RenderBatch.Of(plan))
        {
            foreach (var cluster in batch.Clusters)
            {
                clusters[cluster.Plan.Name] = (batch, cluster, cluster.Plan.Apps.ToDictionary(a => a.Name, StringComparer.Ordinal));
            }
        }

        return new RenderedSide(clusters);
    }

    /// <summary>The app's file on the cluster; null when the cluster or the app is not on this side.</summary>
    public RenderedPlacement? Find(string cluster, string app)
    {
        if (!_clusters.TryGetValue(cluster, out var found) || !found.Apps.TryGetValue(app, out var plan))
        {
            return null;
        }

        return new RenderedPlacement(found.Batch, found.Cluster, plan, found.Batch.SharedTemplateOf(found.Cluster, plan));
    }
}

/// <summary>
/// One app's file on one cluster, and the template <c>fleet render</c> tries first for it (null when it renders it
/// directly); it writes from the template only when every value of its holes can be placed for the cluster
/// (<see cref="AppTemplate.CanWrite"/>), which is found out by writing it rather than by placing every value twice.
/// </summary>
internal readonly record struct RenderedPlacement(RenderBatch Batch, BatchCluster Cluster, AppPlan App, AppTemplate? Template)
{
    /// <summary>The file's bytes, exactly as <c>fleet render</c> writes them, held by <paramref name="buffers"/> until their next use.</summary>
    public ReadOnlyMemory<byte> Write(RenderBuffers buffers) =>
        WriteFromTemplate(buffers) ?? WriteDirectly(buffers);

    /// <summary>The file's bytes when <c>fleet render</c> writes them from <see cref="Template"/>; null when it renders the file directly.</summary>
    public ReadOnlyMemory<byte>? WriteFromTemplate(RenderBuffers buffers)
    {
        if (Template is not { } template)
        {
            return null;
        }

        // What Batch.Render writes for this placement, without checking the template again.
        buffers.Bytes.ResetWrittenCount();
        return template.TryWrite(Cluster.Fill, buffers.Bytes) ? buffers.Bytes.WrittenMemory : null;
    }

    private ReadOnlyMemory<byte> WriteDirectly(RenderBuffers buffers)
    {
        Batch.Render(Cluster, App, buffers);
        return buffers.Bytes.WrittenMemory;
    }
}
