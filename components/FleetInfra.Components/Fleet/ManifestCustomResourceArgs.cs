using System.Text.Json;
using Pulumi;
using Pulumi.Kubernetes.ApiExtensions;
using Pulumi.Kubernetes.Types.Inputs.Meta.V1;

namespace FleetInfra.Components.Fleet;

/// <summary>A custom resource (GKE BackendConfig, FrontendConfig, ManagedCertificate) with the spec the renderer wrote.</summary>
internal sealed class ManifestCustomResourceArgs(string apiVersion, string kind) : CustomResourceArgs(apiVersion, kind)
{
    /// <summary>The spec exactly as serialized by the renderer; custom resources have no typed Pulumi inputs.</summary>
    [Input("spec")]
    public Input<JsonElement>? Spec { get; set; }

    public static ManifestCustomResourceArgs From(JsonElement manifest)
    {
        var args = new ManifestCustomResourceArgs(
            manifest.GetProperty("apiVersion").GetString()!,
            manifest.GetProperty("kind").GetString()!);
        foreach (var property in manifest.EnumerateObject())
        {
            switch (property.Name)
            {
                case "apiVersion" or "kind":
                    break;
                case "metadata":
                    args.Metadata = KubernetesArgsMapper.ToArgs<ObjectMetaArgs>(property.Value, "metadata");
                    break;
                case "spec":
                    args.Spec = property.Value;
                    break;
                default:
                    throw new InvalidOperationException($"{property.Name}: custom resources carry only apiVersion, kind, metadata and spec");
            }
        }

        return args;
    }
}
