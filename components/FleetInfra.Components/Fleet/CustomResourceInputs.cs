using System.Collections.Immutable;
using k8s;
using k8s.Models;
using Pulumi.Kubernetes.Types.Inputs.Meta.V1;

namespace FleetInfra.Components.Fleet;

/// <summary>
/// A custom resource (GKE BackendConfig, FrontendConfig, ManagedCertificate) as the inputs of a Pulumi.Kubernetes
/// <c>CustomResource</c>: apiVersion, kind, metadata checked against <see cref="ObjectMetaArgs"/>, and the spec exactly
/// as the renderer serializes it (custom resources have no typed Pulumi inputs).
/// </summary>
internal static class CustomResourceInputs
{
    public static ImmutableDictionary<string, object?> Of(IKubernetesObject<V1ObjectMeta> model)
    {
        var inputs = ImmutableDictionary.CreateBuilder<string, object?>();
        foreach (var property in KubernetesInputs.ToJson(model).EnumerateObject())
        {
            switch (property.Name)
            {
                case "apiVersion" or "kind":
                    inputs[property.Name] = property.Value.GetString();
                    break;
                case "metadata":
                    inputs[property.Name] = KubernetesInputs.Of(model.Metadata, typeof(ObjectMetaArgs), "metadata");
                    break;
                case "spec":
                    inputs[property.Name] = property.Value;
                    break;
                default:
                    throw new InvalidOperationException($"{property.Name}: custom resources carry only apiVersion, kind, metadata and spec");
            }
        }

        return inputs.ToImmutable();
    }
}
