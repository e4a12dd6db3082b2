using FleetInfra.Components.Clusters;
using FleetInfra.Components.Fleet;
using FleetInfra.Core.Planning;
using Pulumi;

namespace PlatformTeam;

/// <summary>The Pulumi resources of the payments fleet: the EKS cluster and, on it, the application fleet of the plan.</summary>
public static class PaymentsInfrastructure
{
    /// <summary>Two zones are enough for this team (the component's default is three).</summary>
    public const int AvailabilityZones = 2;

    /// <summary>
    /// Creates the plan's cluster with <see cref="EksCluster"/> and its apps with <see cref="ApplicationFleet"/>.
    /// Stack outputs: <c>clusterName</c>, <c>endpoint</c>, <c>kubeconfig</c> (secret) and <c>urls</c> (public app to URLs).
    /// </summary>
    public static Dictionary<string, object?> Provision(FleetPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var cluster = plan.Clusters.Single();

        // What the apps need but the cluster lacks (for example a DNS zone for public hosts) shows in pulumi preview.
        foreach (var advice in cluster.Addons.Advice)
        {
            Log.Warn(advice.ToString());
        }

        var eks = new EksCluster(cluster.Name, new EksClusterArgs
        {
            Cluster = cluster.Cluster,
            Addons = cluster.Addons,
            Protect = plan.Protect,
            AvailabilityZoneCount = AvailabilityZones,
        });

        // The apps' Namespaces, and through them every object, wait for the whole cluster: node groups and add-ons.
        var fleet = new ApplicationFleet(
            cluster.Name,
            new ApplicationFleetArgs { Cluster = cluster, Provider = eks.Provider },
            new ComponentResourceOptions { DependsOn = { eks } });

        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["clusterName"] = eks.ClusterName,
            ["endpoint"] = eks.Endpoint,
            ["kubeconfig"] = eks.Kubeconfig,
            ["urls"] = fleet.Urls,
        };
    }
}
