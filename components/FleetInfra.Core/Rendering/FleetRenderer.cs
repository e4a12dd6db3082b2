using System.Collections.Immutable;
using System.Runtime.ExceptionServices;
using System.Text;
using FleetInfra.Core.Planning;

namespace FleetInfra.Core.Rendering;

/// <summary>Renders every cluster of a plan to YAML, on all cores: in memory, or straight to files.</summary>
public static class FleetRenderer
{
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
    /// Writes <c>DIR/&lt;cluster&gt;/&lt;app&gt;.yaml</c> for every app of every cluster, one app at a time per core,
    /// so memory stays flat however large the fleet. The files are the ones <see cref="Render"/> returns.
    /// </summary>
    public static void RenderTo(string directory, FleetPlan plan, IProgress<int>? appsRendered = null, RenderLayout layout = RenderLayout.PerApp)
    {
        if (layout == RenderLayout.PerCluster)
        {
            RenderToClusterFiles(directory, plan, appsRendered);
            return;
        }

        var work = new List<(ClusterPlan Cluster, IIngressManifests Ingress, string Directory)>(plan.Clusters.Length);
        foreach (var cluster in plan.Clusters)
        {
            var clusterDirectory = Path.Combine(directory, cluster.Name);
            Directory.CreateDirectory(clusterDirectory);
            work.Add((cluster, IIngressManifests.For(cluster.Ingress), clusterDirectory));
        }

        var apps = work.SelectMany(w => w.Cluster.Apps.Select(app => (w.Cluster, w.Ingress, w.Directory, App: app)));
        Run(() => Parallel.ForEach(
            apps,
            () => new StringBuilder(16 * 1024),
            (item, _, buffer) =>
            {
                buffer.Clear();
                ManifestYaml.Append(buffer, ClusterManifests.ForApp(item.Cluster, item.App, item.Ingress));
                File.WriteAllText(Path.Combine(item.Directory, ClusterManifests.FileName(item.App)), buffer.ToString());
                appsRendered?.Report(1);
                return buffer;
            },
            _ => { }));
    }

    /// <summary>The name of the single file of <see cref="RenderLayout.PerCluster"/>.</summary>
    public const string ClusterFileName = "manifests.yaml";

    /// <summary><c>DIR/&lt;cluster&gt;/manifests.yaml</c>: every app's documents in app order, one cluster per core at a time.</summary>
    private static void RenderToClusterFiles(string directory, FleetPlan plan, IProgress<int>? appsRendered)
    {
        Run(() => Parallel.ForEach(plan.Clusters, cluster =>
        {
            var clusterDirectory = Path.Combine(directory, cluster.Name);
            Directory.CreateDirectory(clusterDirectory);
            var ingress = IIngressManifests.For(cluster.Ingress);
            var buffer = new StringBuilder(16 * 1024);
            using var writer = new StreamWriter(Path.Combine(clusterDirectory, ClusterFileName), append: false, new UTF8Encoding(false), 1 << 16);
            foreach (var app in cluster.Apps)
            {
                buffer.Clear();
                ManifestYaml.Append(buffer, ClusterManifests.ForApp(cluster, app, ingress));
                writer.Write(buffer);
                appsRendered?.Report(1);
            }
        }));
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
