using FleetInfra.Core.Config;
using Pulumi;
using Clusters = FleetInfra.Components.Clusters;

namespace FleetInfra.ComponentPackage;

/// <summary>
/// <c>fleetinfra:index:GkeCluster</c>: FleetInfra's <see cref="Clusters.GkeCluster"/> for every Pulumi language, planned
/// from its inputs like <see cref="EksCluster"/>.
/// </summary>
public sealed class GkeCluster : PackageCluster
{
    /// <summary>Plans the inputs and creates the cluster; invalid inputs fail with every problem listed.</summary>
    public GkeCluster(string name, GkeClusterArgs args, ComponentResourceOptions? options = null)
        : base(nameof(GkeCluster), name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        var cluster = PlannedChild.Create(this, nameof(GkeCluster), name, args, CloudProvider.Gke, (plan, inputs) =>
            new Clusters.GkeCluster(name, new Clusters.GkeClusterArgs
            {
                Cluster = plan.Cluster.Cluster,
                Addons = plan.Cluster.Addons,
                Protect = plan.Protect,
                MasterIpv4CidrBlock = inputs.TryGetValue("masterIpv4CidrBlock", out var range)
                    ? (string)range
                    : Clusters.GkeClusterArgs.DefaultMasterIpv4CidrBlock,
            }, new ComponentResourceOptions { Parent = this }));

        NetworkName = cluster.Apply(c => c.NetworkName);
        IngressAddresses = cluster.Apply(c => Output
            .All(c.IngressAddresses.Select(a => a.Value.Apply(address => KeyValuePair.Create(a.Key, address))))
            .Apply(all => all.ToDictionary(StringComparer.Ordinal)));
        RegisterClusterOutputs(cluster.Apply(c => (Clusters.IKubernetesCluster)c), new()
        {
            ["networkName"] = NetworkName,
            ["ingressAddresses"] = IngressAddresses,
        });
    }

    /// <summary>The VPC network the cluster runs in.</summary>
    [Output("networkName")]
    public Output<string> NetworkName { get; }

    /// <summary>Each public app's reserved global address, by app name (with the staticIps add-on).</summary>
    [Output("ingressAddresses")]
    public Output<Dictionary<string, string>> IngressAddresses { get; }
}
