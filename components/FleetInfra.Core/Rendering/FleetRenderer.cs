using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.ExceptionServices;
using FleetInfra.Core.Planning;
using FleetInfra.Core.Rendering.Reuse;

namespace FleetInfra.Core.Rendering;

/// <summary>Renders every cluster of a plan to YAML, on all cores: in memory, or straight to files.</summary>
public static class FleetRenderer
{
    /// <summary>
    /// Every app of every cluster rendered directly, each file held as a string: the reference that
    /// <see cref="RenderTo"/> is checked against, and what library callers and tests use.
    /// </summary>
    public static ImmutableArray<RenderedCluster> Render(FleetPlan plan, IProgress<int>? appsRendered = null)
    {
        var clusters = new RenderedCluster[plan.Clusters.Length];
        Run(() => Parallel.For(0, plan.Clusters.Length, i =>
        {
            var cluster = plan.Clusters[i];
            var files = ClusterManifests.Render(cluster)
                .Select(f => (f.RelativePath, ManifestYaml.Serialize(f.Objects)))
                .ToImmutableArray();
            clusters[i] = new RenderedCluster(cluster.Name, files);
            appsRendered?.Report(files.Length);
        }));
        return [.. clusters];
    }

    /// <summary>
    /// Writes <c>DIR/&lt;cluster&gt;/&lt;app&gt;.yaml</c> for every app of every cluster (or one
    /// <see cref="ClusterFileName"/> per cluster), on all cores, so memory stays flat however large the fleet. The
    /// files are the ones <see cref="Render"/> returns, byte for byte; clusters that differ only in their names
    /// render each app once and fill in the name (see <see cref="RenderBatch"/>).
    /// </summary>
    public static void RenderTo(string directory, FleetPlan plan, IProgress<int>? appsRendered = null, RenderLayout layout = RenderLayout.PerApp)
    {
        foreach (var cluster in plan.Clusters)
        {
            Directory.CreateDirectory(Path.Combine(directory, cluster.Name));
        }

        foreach (var batch in RenderBatch.Of(plan))
        {
            if (layout == RenderLayout.PerCluster)
            {
                Run(() => Parallel.ForEach(
                    batch.Clusters,
                    RenderBuffers.Rent,
                    (cluster, _, buffers) =>
                    {
                        WriteClusterFile(directory, batch, cluster, appsRendered, buffers, buffers.Pending);
                        return buffers;
                    },
                    RenderBuffers.Return));
            }
            else
            {
                Run(() => Parallel.ForEach(
                    batch.Placements,
                    RenderBuffers.Rent,
                    (placement, _, buffers) =>
                    {
                        batch.Render(placement.Cluster, placement.App, buffers);
                        var path = Path.Combine(directory, placement.Cluster.Plan.Name, ClusterManifests.FileName(placement.App));
                        using (var file = NewFile.Create(path))
                        {
                            RandomAccess.Write(file, buffers.Bytes.WrittenSpan, fileOffset: 0);
                        }

                        appsRendered?.Report(1);
                        return buffers;
                    },
                    RenderBuffers.Return));
            }
        }

        WriteHeadroom(directory, plan, layout);
    }

    /// <summary>Each cluster's headroom after its apps: its own file, or the end of the cluster file.</summary>
    private static void WriteHeadroom(string directory, FleetPlan plan, RenderLayout layout)
    {
        foreach (var cluster in plan.Clusters)
        {
            if (HeadroomManifests.Render(cluster) is not { } file)
            {
                continue;
            }

            var text = ManifestYaml.Serialize(file.Objects);
            if (layout == RenderLayout.PerCluster)
            {
                File.AppendAllText(Path.Combine(directory, cluster.Name, ClusterFileName), text);
            }
            else
            {
                File.WriteAllText(Path.Combine(directory, cluster.Name, file.RelativePath), text);
            }
        }
    }

    /// <summary>The name of the single file of <see cref="RenderLayout.PerCluster"/>.</summary>
    public const string ClusterFileName = "manifests.yaml";

    /// <summary>How much of a cluster file is gathered before it is written.</summary>
    internal const int FileChunk = 64 * 1024;

    /// <summary>
    /// <c>DIR/&lt;cluster&gt;/manifests.yaml</c>: every app's documents in app order, gathered in
    /// <paramref name="pending"/> (the worker thread's, like <paramref name="buffers"/>) and written a chunk at a time.
    /// </summary>
    private static void WriteClusterFile(
        string directory, RenderBatch batch, BatchCluster cluster, IProgress<int>? appsRendered, RenderBuffers buffers, ArrayBufferWriter<byte> pending)
    {
        using var file = NewFile.Create(Path.Combine(directory, cluster.Plan.Name, ClusterFileName));
        long offset = 0;
        pending.ResetWrittenCount();
        foreach (var app in cluster.Plan.Apps)
        {
            batch.Render(cluster, app, buffers);
            pending.Write(buffers.Bytes.WrittenSpan);
            if (pending.WrittenCount >= FileChunk)
            {
                RandomAccess.Write(file, pending.WrittenSpan, offset);
                offset += pending.WrittenCount;
                pending.ResetWrittenCount();
            }

            appsRendered?.Report(1);
        }

        RandomAccess.Write(file, pending.WrittenSpan, offset);
    }

    /// <summary>Rethrows the first failure itself (an IOException stays an IOException), not an AggregateException.</summary>
    private static void Run(Action parallelWork)
    {
        try
        {
            parallelWork();
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
        }
    }
}
