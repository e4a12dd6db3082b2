using FleetInfra.Core.Config;
using Pulumi;
using Clusters = FleetInfra.Components.Clusters;

namespace FleetInfra.ComponentPackage;

/// <summary>
/// <c>fleetinfra:index:EksCluster</c>: FleetInfra's <see cref="Clusters.EksCluster"/> for every Pulumi language. The
/// inputs are planned by the core as a one-cluster stack (defaults, validation and add-ons as for a stack file), then the
/// C# component builds the cluster as its child.
/// </summary>
public sealed class EksCluster : ComponentResource
{
    /// <summary>Plans the inputs and creates the cluster; invalid inputs fail with every problem listed.</summary>
    public EksCluster(string name, EksClusterArgs args, ComponentResourceOptions? options = null)
        : base(FleetPackage.TypeToken(nameof(EksCluster)), name, options)
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

        ClusterName = cluster.Apply(c => c.ClusterName);
        Endpoint = cluster.Apply(c => c.Endpoint);
        Kubeconfig = Output.CreateSecret(cluster.Apply(c => c.Kubeconfig));
        OidcIssuer = cluster.Apply(c => c.OidcIssuer);
        VpcId = cluster.Apply(c => c.VpcId);
        RegisterOutputs(new Dictionary<string, object?>
        {
            ["clusterName"] = ClusterName,
            ["endpoint"] = Endpoint,
            ["kubeconfig"] = Kubeconfig,
            ["oidcIssuer"] = OidcIssuer,
            ["vpcId"] = VpcId,
        });
    }

    /// <summary>The cluster's name in EKS.</summary>
    [Output("clusterName")]
    public Output<string> ClusterName { get; }

    /// <summary>The Kubernetes API endpoint (https URL).</summary>
    [Output("endpoint")]
    public Output<string> Endpoint { get; }

    /// <summary>A kubeconfig (JSON, secret) authenticating through <c>aws eks get-token</c>; give it to ApplicationFleet.</summary>
    [Output("kubeconfig")]
    public Output<string> Kubeconfig { get; }

    /// <summary>The OIDC issuer URL, for IRSA.</summary>
    [Output("oidcIssuer")]
    public Output<string> OidcIssuer { get; }

    /// <summary>The VPC the cluster runs in (created or existing).</summary>
    [Output("vpcId")]
    public Output<string> VpcId { get; }
}
