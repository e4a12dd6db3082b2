using System.Collections.Immutable;
using FleetInfra.Core.Rendering;
using FleetInfra.Core.Rendering.CustomResources;
using k8s;
using k8s.Models;
using Pulumi;

namespace FleetInfra.Components.Fleet;

/// <summary>
/// The apps of one cluster as Pulumi.Kubernetes resources: for each app its Namespace, NetworkPolicies,
/// ServiceAccount, Deployment, Service, HorizontalPodAutoscaler, PodDisruptionBudget, Ingress and the
/// provider's ingress custom resources, with exactly the content <c>fleet render</c> writes for the same plan.
/// </summary>
/// <remarks>
/// Resources are named <c>{name}-{namespace}-{kind}-{object}</c> (a Namespace: <c>{name}-namespace-{object}</c>),
/// keep their Kubernetes names from the manifest and use <see cref="ApplicationFleetArgs.Provider"/>. Namespaces
/// depend on the component's own <c>DependsOn</c> (pass the cluster component so apps wait for node groups and
/// add-ons); every other object depends on its Namespace, a ScaledObject also on its Deployment, and a Deployment on
/// the PriorityClass its pods name when this component creates it.
/// </remarks>
public sealed class ApplicationFleet : ComponentResource
{
    /// <summary>The Pulumi type token of this component.</summary>
    public const string TypeToken = "fleet:index:ApplicationFleet";

    /// <summary>Creates every Kubernetes object of the cluster's plan; see <see cref="ApplicationFleetArgs"/>.</summary>
    public ApplicationFleet(string name, ApplicationFleetArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        var cluster = args.Cluster;
        var urls = ImmutableDictionary.CreateBuilder<string, ImmutableArray<string>>(StringComparer.Ordinal);
        var addresses = new List<Output<(string App, string Address)>>();
        // One dependency list per Namespace, shared by its objects (Pulumi only reads it).
        var namespaces = new Dictionary<string, InputList<Resource>>(StringComparer.Ordinal);
        var deployments = new Dictionary<(string Namespace, string Name), Resource>();
        var priorityClasses = new Dictionary<string, Resource>(StringComparer.Ordinal);

        // Namespaces wait for what the fleet depends on (for example the cluster with its node groups and add-ons);
        // every other object waits for its Namespace.
        var clusterReady = options?.DependsOn ?? [];

        // Render returns one file per app, in the plan's app order, then the cluster's headroom (no app).
        var files = ClusterManifests.Render(cluster);
        for (var index = 0; index < files.Length; index++)
        {
            var file = files[index];
            var app = index < cluster.Apps.Length ? cluster.Apps[index] : null;
            foreach (var model in file.Objects)
            {
                var metadata = MetadataOf(model);
                var dependsOn = metadata.NamespaceProperty is { } objectNamespace && namespaces.TryGetValue(objectNamespace, out var owner)
                    ? owner
                    : clusterReady;
                if (model is ScaledObject scaledObject
                    && deployments.TryGetValue((metadata.NamespaceProperty ?? "", scaledObject.Spec.ScaleTargetRef.Name), out var target))
                {
                    // KEDA's admission webhook looks the scale target up in its cache and denies a ScaledObject whose
                    // Deployment is not there yet, so the Deployment goes first.
                    dependsOn = dependsOn.Concat(new InputList<Resource> { target });
                }

                if (model is V1Deployment { Spec.Template.Spec.PriorityClassName: { } className }
                    && priorityClasses.TryGetValue(className, out var priorityClass))
                {
                    // The Priority admission plugin forbids a pod whose class does not exist ("no PriorityClass with
                    // name ... was found": kubernetes/kubernetes plugin/pkg/admission/priority/admission.go, admitPod),
                    // so the class is created before the Deployment (the headroom's pause pods) and deleted after it.
                    dependsOn = dependsOn.Concat(new InputList<Resource> { priorityClass });
                }

                var resource = KubernetesObjectResources.Create(
                    ResourceName(name, model.Kind, metadata),
                    model,
                    new CustomResourceOptions { Parent = this, Provider = args.Provider, DependsOn = dependsOn });

                if (model is V1Deployment)
                {
                    deployments[(metadata.NamespaceProperty ?? "", metadata.Name)] = resource;
                }

                if (model is V1PriorityClass)
                {
                    priorityClasses[metadata.Name] = resource;
                }

                if (model is V1Namespace)
                {
                    namespaces[metadata.Name] = new InputList<Resource> { resource };
                }

                if (model is V1Ingress)
                {
                    var appName = app!.Name;
                    addresses.Add(resource.Status.Apply(status => (appName, AddressOf(status))));
                }
            }

            if (app is { IsPublic: true })
            {
                urls[app.Name] = [.. app.Routes.Select(r => $"https://{r.Host}").Distinct()];
            }
        }

        Urls = Output.Create(urls.ToImmutable());
        LoadBalancerAddresses = Output.All(addresses).Apply(all => all.ToImmutableDictionary(a => a.App, a => a.Address, StringComparer.Ordinal));
        RegisterOutputs(new Dictionary<string, object?>
        {
            ["urls"] = Urls,
            ["loadBalancerAddresses"] = LoadBalancerAddresses,
        });
    }

    /// <summary>Each public app's URLs (<c>https://host</c>), by app name. Private apps are absent.</summary>
    public Output<ImmutableDictionary<string, ImmutableArray<string>>> Urls { get; }

    /// <summary>
    /// The load balancer in front of each public app's Ingress, by app name: the ALB host name on EKS, the
    /// external IP on GKE, from the Ingress status; empty until the controller has provisioned it.
    /// </summary>
    public Output<ImmutableDictionary<string, string>> LoadBalancerAddresses { get; }

    private static V1ObjectMeta MetadataOf(IKubernetesObject model) =>
        (model as IMetadata<V1ObjectMeta>)?.Metadata
        ?? throw new InvalidOperationException($"{model.ApiVersion} {model.Kind} has no metadata; every rendered object is named");

    private static string ResourceName(string name, string kind, V1ObjectMeta metadata) =>
        (metadata.NamespaceProperty is { } objectNamespace
            ? $"{name}-{objectNamespace}-{kind}-{metadata.Name}"
            : $"{name}-{kind}-{metadata.Name}").ToLowerInvariant();

    /// <summary><c>status.loadBalancer.ingress[0]</c>: its <c>hostname</c>, else its <c>ip</c>.</summary>
    private static string AddressOf(ImmutableDictionary<string, object>? status) =>
        status?.GetValueOrDefault("loadBalancer") is ImmutableDictionary<string, object> loadBalancer
            && loadBalancer.GetValueOrDefault("ingress") is ImmutableArray<object> { IsDefaultOrEmpty: false } entries
            && entries[0] is ImmutableDictionary<string, object> entry
            ? entry.GetValueOrDefault("hostname") as string ?? entry.GetValueOrDefault("ip") as string ?? string.Empty
            : string.Empty;
}
