using FleetInfra.Core.Planning;
using k8s.Models;

namespace FleetInfra.Core.Rendering;

/// <summary>Host rules shared by every controller: <c>Prefix /</c>, the portable path both ALB and GCE translate to <c>/*</c>.</summary>
public static class IngressRules
{
    public static List<V1IngressRule> For(AppPlan app) =>
    [
        .. app.Routes.Select(route => new V1IngressRule
        {
            Host = route.Host,
            Http = new V1HTTPIngressRuleValue
            {
                Paths =
                [
                    new V1HTTPIngressPath
                    {
                        Path = "/",
                        PathType = "Prefix",
                        Backend = new V1IngressBackend
                        {
                            Service = new V1IngressServiceBackend { Name = app.Name, Port = new V1ServiceBackendPort { Number = route.Port } },
                        },
                    },
                ],
            },
        }),
    ];

    public static V1ObjectMeta Metadata(ClusterPlan cluster, AppPlan app, IDictionary<string, string>? annotations = null) => new()
    {
        Name = app.Name,
        NamespaceProperty = app.Namespace,
        Labels = ManifestLabels.For(cluster, app),
        Annotations = annotations,
    };
}
