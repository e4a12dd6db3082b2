using System.Text.Json.Serialization;
using k8s;
using k8s.Models;

namespace FleetInfra.Core.Rendering.CustomResources;

/// <summary>A namespaced custom resource with a typed spec, serialized like the KubernetesClient models.</summary>
public abstract record CustomResource<TSpec> : IKubernetesObject<V1ObjectMeta>, ISpec<TSpec>
{
    [JsonPropertyName("apiVersion")]
    public required string ApiVersion { get; set; }

    [JsonPropertyName("kind")]
    public required string Kind { get; set; }

    [JsonPropertyName("metadata")]
    public required V1ObjectMeta Metadata { get; set; }

    [JsonPropertyName("spec")]
    public required TSpec Spec { get; set; }
}
