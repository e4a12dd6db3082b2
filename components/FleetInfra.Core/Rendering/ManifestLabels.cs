using FleetInfra.Core.Planning;

namespace FleetInfra.Core.Rendering;

/// <summary>Kubernetes recommended labels plus the fleet's environment and cluster labels.</summary>
public static class ManifestLabels
{
    public const string Name = "app.kubernetes.io/name";
    public const string PartOf = "app.kubernetes.io/part-of";
    public const string ManagedBy = "app.kubernetes.io/managed-by";
    public const string Environment = "fleetinfra.io/environment";
    public const string Cluster = "fleetinfra.io/cluster";
    public const string ManagedByValue = "fleetinfra";

    public static SortedDictionary<string, string> For(ClusterPlan cluster, AppPlan app) => For(cluster, app.Name);

    /// <summary>The labels of an object of the cluster that belongs to no app (its headroom), named <paramref name="name"/>.</summary>
    public static SortedDictionary<string, string> For(ClusterPlan cluster, string name) => new(StringComparer.Ordinal)
    {
        [Name] = name,
        [PartOf] = cluster.PartOf,
        [ManagedBy] = ManagedByValue,
        [Environment] = cluster.Environment,
        [Cluster] = cluster.Name,
    };

    /// <summary>The immutable selector: only the app name, so that relabelling never orphans pods.</summary>
    public static SortedDictionary<string, string> Selector(AppPlan app) => new(StringComparer.Ordinal) { [Name] = app.Name };
}
