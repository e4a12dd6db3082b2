using System.Collections.Immutable;
using FleetInfra.Core.Planning;

namespace FleetInfra.Core.Rendering.Reuse;

/// <summary>
/// Clusters rendered together: either a group whose clusters differ only in their names, which renders each app
/// once as an <see cref="AppTemplate"/> and fills it in per cluster, or clusters that share nothing. Templates live
/// as long as their batch, so memory stays at one group's apps however many groups the fleet has.
/// </summary>
internal sealed class RenderBatch
{
    private readonly Dictionary<string, AppTemplate> _templates = new(StringComparer.Ordinal);

    private RenderBatch(ImmutableArray<BatchCluster> clusters) => Clusters = clusters;

    /// <summary>The batch's clusters in plan order.</summary>
    public ImmutableArray<BatchCluster> Clusters { get; }

    /// <summary>The apps rendered once for the whole batch.</summary>
    public IReadOnlyCollection<string> TemplatedApps => _templates.Keys;

    public IEnumerable<(BatchCluster Cluster, AppPlan App)> Placements =>
        Clusters.SelectMany(cluster => cluster.Plan.Apps.Select(app => (cluster, app)));

    /// <summary>One batch per group of two or more clusters with the same template key, then one for the rest.</summary>
    public static IEnumerable<RenderBatch> Of(FleetPlan plan)
    {
        var groups = plan.Clusters
            .Select(cluster => new BatchCluster(cluster))
            .GroupBy(cluster => ClusterNamePlaceholder.KeyOf(cluster.Plan))
            .ToList();
        foreach (var group in groups.Where(g => g.Count() > 1))
        {
            yield return SharingTemplates(group);
        }

        var singles = groups.Where(g => g.Count() == 1).SelectMany(g => g).ToImmutableArray();
        if (!singles.IsEmpty)
        {
            yield return new RenderBatch(singles);
        }
    }

    /// <summary>A batch whose clusters render from shared templates; <see cref="Of"/> groups them by template key.</summary>
    internal static RenderBatch SharingTemplates(IEnumerable<BatchCluster> clusters)
    {
        var batch = new RenderBatch([.. clusters]);
        batch.CreateTemplates();
        batch.CheckEachCluster();
        return batch;
    }

    /// <summary>Writes one app's documents for one cluster into <paramref name="buffers"/>.Bytes, replacing what was there.</summary>
    public void Render(BatchCluster cluster, AppPlan app, RenderBuffers buffers)
    {
        if (!(cluster.UsesTemplates && TryRenderFromTemplate(cluster, app, buffers)))
        {
            RenderDirectly(cluster, app, buffers);
        }
    }

    /// <summary>The template <see cref="Render"/> tries first for the app on the cluster (it writes directly when <see cref="AppTemplate.TryWrite"/> fails); null when it writes directly.</summary>
    public AppTemplate? SharedTemplateOf(BatchCluster cluster, AppPlan app) =>
        cluster.UsesTemplates ? SharedTemplate(cluster, app) : null;

    private AppTemplate? SharedTemplate(BatchCluster cluster, AppPlan app) =>
        _templates.TryGetValue(app.Name, out var template) && ClusterNamePlaceholder.RendersLike(app, cluster.Plan.Name, template.App) ? template : null;

    private bool TryRenderFromTemplate(BatchCluster cluster, AppPlan app, RenderBuffers buffers)
    {
        buffers.Bytes.ResetWrittenCount();
        return SharedTemplate(cluster, app) is { } template && template.TryWrite(cluster.Fill, buffers.Bytes);
    }

    private static void RenderDirectly(BatchCluster cluster, AppPlan app, RenderBuffers buffers)
    {
        buffers.Bytes.ResetWrittenCount();
        buffers.Text.Clear();
        ManifestYaml.Append(buffers.Text, ClusterManifests.ForApp(cluster.Plan, app, cluster.Ingress));
        buffers.EncodeText();
    }

    /// <summary>
    /// Each cluster renders one app, a public one where it has any, both from its template and directly: a
    /// difference between clusters that <see cref="ClusterNamePlaceholder.TemplateKey"/> misses shows up here,
    /// and that cluster is then rendered directly instead of writing wrong bytes.
    /// </summary>
    private void CheckEachCluster() => Parallel.ForEach(
        Clusters,
        RenderBuffers.Rent,
        (cluster, _, buffers) =>
        {
            var sample = cluster.Plan.Apps.FirstOrDefault(app => app.IsPublic && _templates.ContainsKey(app.Name))
                ?? cluster.Plan.Apps.FirstOrDefault(app => _templates.ContainsKey(app.Name));
            if (sample is not null && TryRenderFromTemplate(cluster, sample, buffers))
            {
                cluster.UsesTemplates = RendersAlike(buffers, cluster, sample);
            }

            return buffers;
        },
        RenderBuffers.Return);

    /// <summary>Whether rendering the app directly for the cluster writes what <paramref name="buffers"/>.Bytes holds.</summary>
    private static bool RendersAlike(RenderBuffers buffers, BatchCluster cluster, AppPlan app)
    {
        (buffers.Bytes, buffers.Spare) = (buffers.Spare, buffers.Bytes);
        RenderDirectly(cluster, app, buffers);
        return buffers.Bytes.WrittenSpan.SequenceEqual(buffers.Spare.WrittenSpan);
    }

    /// <summary>A template for every app placed on more than one cluster of the group, built on all cores.</summary>
    private void CreateTemplates()
    {
        var sources = new Dictionary<string, (BatchCluster Cluster, AppPlan App, int Placements)>(StringComparer.Ordinal);
        foreach (var cluster in Clusters)
        {
            foreach (var app in cluster.Plan.Apps)
            {
                sources[app.Name] = sources.TryGetValue(app.Name, out var source) ? source with { Placements = source.Placements + 1 } : (cluster, app, 1);
            }
        }

        var shared = sources.Values.Where(s => s.Placements > 1).ToArray();
        var templates = new AppTemplate?[shared.Length];

        // One set of buffers per worker thread, not per template: fresh buffers for each of hundreds of templates
        // were a tenth of a small render's time (new memory is zeroed and faulted in).
        Parallel.For(
            0,
            shared.Length,
            RenderBuffers.Rent,
            (i, _, buffers) =>
            {
                templates[i] = TryCreate(shared[i].Cluster, shared[i].App, buffers);
                return buffers;
            },
            RenderBuffers.Return);
        for (var i = 0; i < shared.Length; i++)
        {
            if (templates[i] is { } template)
            {
                _templates[shared[i].App.Name] = template;
            }
        }
    }

    /// <summary>
    /// The app's template, kept only if, filled in for the cluster it was built from, it writes exactly what
    /// rendering that cluster directly writes. A template is only a shortcut: if building one fails, the app is
    /// rendered per cluster, where the same failure surfaces and is reported like any other render error.
    /// </summary>
    private static AppTemplate? TryCreate(BatchCluster cluster, AppPlan app, RenderBuffers buffers)
    {
        try
        {
            buffers.Bytes.ResetWrittenCount();
            return AppTemplate.TryCreate(cluster.Plan, app, buffers.Text) is { } template
                && template.TryWrite(cluster.Fill, buffers.Bytes)
                && RendersAlike(buffers, cluster, app)
                ? template
                : null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return null;
        }
    }
}
