using Pulumi;
using Fleet = FleetInfra.Components.Fleet;

namespace FleetInfra.ComponentPackage;

/// <summary>
/// <c>fleetinfra:index:ApplicationFleet</c>: FleetInfra's <see cref="Fleet.ApplicationFleet"/> for every Pulumi
/// language. The intents and the cluster spec are planned by the core; every Kubernetes object of the plan is created
/// through a Kubernetes provider of the given kubeconfig. Pass the cluster component in <c>dependsOn</c> so the apps
/// wait for its node groups and add-ons.
/// </summary>
public sealed class ApplicationFleet : ComponentResource
{
    /// <summary>Plans the intents and creates every object; invalid inputs fail with every problem listed.</summary>
    public ApplicationFleet(string name, ApplicationFleetArgs args, ComponentResourceOptions? options = null)
        : base(FleetPackage.TypeToken(nameof(ApplicationFleet)), name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        var kubernetes = new Pulumi.Kubernetes.Provider($"{name}-k8s", new Pulumi.Kubernetes.ProviderArgs
        {
            KubeConfig = args.Kubeconfig,
        }, new CustomResourceOptions { Parent = this });

        // The kubeconfig is a secret: it stays out of the planned inputs, so the fleet's outputs are not secret.
        var fleet = PlannedChild.Create(this, nameof(ApplicationFleet), name, args, cloud: null, (plan, _) =>
            new Fleet.ApplicationFleet(name, new Fleet.ApplicationFleetArgs
            {
                Cluster = plan.Cluster,
                Provider = kubernetes,
            }, new ComponentResourceOptions { Parent = this, DependsOn = options?.DependsOn ?? [] }),
            except: "kubeconfig");

        Urls = fleet.Apply(f => f.Urls).Apply(urls => urls.ToDictionary(u => u.Key, u => u.Value.ToArray(), StringComparer.Ordinal));
        LoadBalancerAddresses = fleet.Apply(f => f.LoadBalancerAddresses).Apply(addresses => addresses.ToDictionary(StringComparer.Ordinal));
        RegisterOutputs(new Dictionary<string, object?>
        {
            ["urls"] = Urls,
            ["loadBalancerAddresses"] = LoadBalancerAddresses,
        });
    }

    /// <summary>Each public app's URLs (<c>https://host</c>), by app name.</summary>
    [Output("urls")]
    public Output<Dictionary<string, string[]>> Urls { get; }

    /// <summary>The load balancer in front of each public app (ALB host name on EKS, IP on GKE), by app name.</summary>
    [Output("loadBalancerAddresses")]
    public Output<Dictionary<string, string>> LoadBalancerAddresses { get; }
}
