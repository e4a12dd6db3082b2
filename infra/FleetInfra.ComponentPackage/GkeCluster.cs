using FleetInfra.Core.Config;
using Pulumi;
using Clusters = FleetInfra.Components.Clusters;

namespace FleetInfra.ComponentPackage;

/// <summary>
/// <c>fleetinfra:index:GkeCluster</c>: FleetInfra's <see cref="Clusters.GkeCluster"/> for every Pulumi language, planned
/// from its inputs like <see cref="EksCluster"/>.
/// </summary>
public sealed class GkeCluster : ComponentResource
{
    /// <summary>Plans the inputs and creates the cluster; invalid inputs fail with every problem listed.</summary>
    public GkeCluster(string name, GkeClusterArgs args, ComponentResourceOptions? options = null)
        : base(FleetPackage.TypeToken(nameof(GkeCluster)), name, options)
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

        ClusterName = cluster.Apply(c => c.ClusterName);
        Endpoint = cluster.Apply(c => c.Endpoint);
        Kubeconfig = Output.CreateSecret(cluster.Apply(c => c.Kubeconfig));
        OidcIssuer = cluster.Apply(c => c.OidcIssuer);
        NetworkName = cluster.Apply(c => c.NetworkName);
        IngressAddresses = cluster.Apply(c => Output
            .All(c.IngressAddresses.Select(a => a.Value.Apply(address => KeyValuePair.Create(a.Key, address))))
            .Apply(all => all.ToDictionary(StringComparer.Ordinal)));
        RegisterOutputs(new Dictionary<string, object?>
        {
            ["clusterName"] = ClusterName,
            ["endpoint"] = Endpoint,
            ["kubeconfig"] = Kubeconfig,
            ["oidcIssuer"] = OidcIssuer,
            ["networkName"] = NetworkName,
            ["ingressAddresses"] = IngressAddresses,
        });
    }

    /// <summary>The cluster's name in GKE.</summary>
    [Output("clusterName")]
    public Output<string> ClusterName { get; }

    /// <summary>The Kubernetes API endpoint (https URL).</summary>
    [Output("endpoint")]
    public Output<string> Endpoint { get; }

    /// <summary>A kubeconfig (JSON, secret) authenticating through <c>gke-gcloud-auth-plugin</c>; give it to ApplicationFleet.</summary>
    [Output("kubeconfig")]
    public Output<string> Kubeconfig { get; }

    /// <summary>The OIDC issuer URL, for Workload Identity federation.</summary>
    [Output("oidcIssuer")]
    public Output<string> OidcIssuer { get; }

    /// <summary>The VPC network the cluster runs in.</summary>
    [Output("networkName")]
    public Output<string> NetworkName { get; }

    /// <summary>Each public app's reserved global address, by app name (with the staticIps add-on).</summary>
    [Output("ingressAddresses")]
    public Output<Dictionary<string, string>> IngressAddresses { get; }
}
