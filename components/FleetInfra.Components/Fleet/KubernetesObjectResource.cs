using System.Collections.Immutable;
using System.Reflection;
using Pulumi;

namespace FleetInfra.Components.Fleet;

/// <summary>
/// One rendered Kubernetes object as a Pulumi resource: the Pulumi.Kubernetes type of its kind (for example
/// <c>kubernetes:apps/v1:Deployment</c>) with the object's fields as inputs, registered exactly as the typed
/// Pulumi.Kubernetes resource of that kind registers them (same type, inputs and package version), but built from the
/// values directly (see <see cref="KubernetesInputs"/>) and reading back only the status.
/// </summary>
public sealed class KubernetesObjectResource : CustomResource
{
    /// <summary>The Pulumi.Kubernetes package version the typed resources register with, fixed at build time.</summary>
    internal static readonly string PulumiKubernetesVersion =
        typeof(KubernetesObjectResource).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "PulumiKubernetesVersion").Value!;

    internal KubernetesObjectResource(string type, string name, ImmutableDictionary<string, object?> inputs, CustomResourceOptions options)
        : base(type, name, new DictionaryResourceArgs(inputs), WithVersion(options))
    {
    }

    /// <summary>
    /// The typed resources merge their options into new ones that carry the version; the options given here are made
    /// for this one resource, so the version is set on them instead of copying every option.
    /// </summary>
    private static CustomResourceOptions WithVersion(CustomResourceOptions options)
    {
        options.Version ??= PulumiKubernetesVersion;
        return options;
    }

    /// <summary>The object's status as the cluster reports it (for an Ingress, its load balancer); null until known.</summary>
    [Output("status")]
    public Output<ImmutableDictionary<string, object>?> Status { get; private set; } = null!;
}
