using FleetInfra.Core.Config;
using Pulumi;
using Clusters = FleetInfra.Components.Clusters;

namespace FleetInfra.ComponentPackage;

/// <summary>
/// <c>fleetinfra:index:EksCluster</c>: FleetInfra's <see cref="Clusters.EksCluster"/> for every Pulumi language. The
/// inputs are planned by the core as a one-cluster stack (defaults, validation and add-ons as for a stack file), then the
/// C# component builds the cluster as its child.
/// </summary>
public sealed class EksCluster : PackageCluster
{
    /// <summary>Plans the inputs and creates the cluster; invalid inputs fail with every problem listed.</summary>
    public EksCluster(string name, EksClusterArgs args, ComponentResourceOptions? options = null)
        : base(nameof(EksCluster), name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        var cluster = PlannedChild.Create(this, nameof(EksCluster), name, args, CloudProvider.Eks, (plan, inputs) =>
            new Clusters.EksCluster(name, new Clusters.EksClusterArgs
            {
                Cluster = plan.Cluster.Cluster,
                Addons = plan.Cluster.Addons,
                Protect = plan.Protect,
                AvailabilityZoneCount = inputs.TryGetValue("availabilityZoneCount", out var zones) ? (int)zones : Clusters.EksClusterArgs.DefaultAvailabilityZoneCount,
                LoadBalancerControllerChartVersion = inputs.TryGetValue("loadBalancerControllerChartVersion", out var chart)
                    ? (string)chart
                    : Clusters.EksClusterArgs.DefaultLoadBalancerControllerChartVersion,
            }, new ComponentResourceOptions { Parent = this }));

        VpcId = cluster.Apply(c => c.VpcId);
        RegisterClusterOutputs(cluster.Apply(c => (Clusters.IKubernetesCluster)c), new() { ["vpcId"] = VpcId });
    }

    /// <summary>The VPC the cluster runs in (created or existing).</summary>
    [Output("vpcId")]
    public Output<string> VpcId { get; }
}
