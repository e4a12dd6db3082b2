using FleetInfra.Core.Planning;
using k8s.Models;

namespace FleetInfra.Core.Rendering;

/// <summary>The app's ClusterIP Service with named ports; rendered only when the app has ports.</summary>
public static class ServiceManifests
{
    public static V1Service ToService(ClusterPlan cluster, AppPlan app, IDictionary<string, string>? annotations) => new()
    {
        ApiVersion = "v1",
        Kind = "Service",
        Metadata = new V1ObjectMeta
        {
            Name = app.Name,
            NamespaceProperty = app.Namespace,
            Labels = ManifestLabels.For(cluster, app),
            Annotations = annotations,
        },
        Spec = new V1ServiceSpec
        {
            Type = "ClusterIP",
            Selector = ManifestLabels.Selector(app),
            Ports =
            [
                .. app.Ports.Select(p => new V1ServicePort
                {
                    Name = p.Name,
                    Port = p.Number,
                    TargetPort = p.Name,
                    Protocol = WorkloadManifests.Protocol(p),
                }),
            ],
        },
    };
}
