using FleetInfra.Core.Addons;
using FleetInfra.Core.Intents;
using FleetInfra.Core.Planning;
using FleetInfra.Core.Rendering.CustomResources;
using k8s;
using k8s.Models;

namespace FleetInfra.Core.Rendering;

/// <summary>
/// GKE: an Ingress for the GCE controller with container-native load balancing (NEG), a BackendConfig
/// health check, a ManagedCertificate for the hosts and a FrontendConfig that redirects HTTP to HTTPS.
/// </summary>
public sealed class GceIngressManifests : IIngressManifests
{
    public const string ClassAnnotation = "kubernetes.io/ingress.class";
    public const string NegAnnotation = "cloud.google.com/neg";
    public const string BackendConfigAnnotation = "cloud.google.com/backend-config";
    public const string ManagedCertificatesAnnotation = "networking.gke.io/managed-certificates";
    public const string FrontendConfigAnnotation = "networking.gke.io/v1beta1.FrontendConfig";
    public const string StaticIpAnnotation = "kubernetes.io/ingress.global-static-ip-name";

    public IDictionary<string, string>? ServiceAnnotations(ClusterPlan cluster, AppPlan app) =>
        app.IsPublic
            ? new SortedDictionary<string, string>(StringComparer.Ordinal)
            {
                [NegAnnotation] = """{"ingress": true}""",
                [BackendConfigAnnotation] = $$"""{"default": "{{app.Name}}"}""",
            }
            : null;

    public IEnumerable<IKubernetesObject> ToObjects(ClusterPlan cluster, AppPlan app)
    {
        var managedHosts = app.Routes.Where(r => r.ProviderCertificate).Select(r => r.Host).Distinct().Order(StringComparer.Ordinal).ToList();
        var annotations = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            [ClassAnnotation] = GceIngressProfile.ClassAnnotationValue,
            [FrontendConfigAnnotation] = app.Name,
        };
        if (managedHosts.Count > 0)
        {
            annotations[ManagedCertificatesAnnotation] = app.Name;
        }

        if (cluster.Ingress is GceIngressProfile { ReserveStaticIps: true } gce)
        {
            annotations[StaticIpAnnotation] = StaticIpNames.For(gce.Stack, cluster.Name, app.Name);
        }

        // GKE selects the controller by annotation only and ignores an Ingress that also sets ingressClassName.
        yield return new V1Ingress
        {
            ApiVersion = "networking.k8s.io/v1",
            Kind = "Ingress",
            Metadata = IngressRules.Metadata(cluster, app, annotations),
            Spec = new V1IngressSpec { Rules = IngressRules.For(app) },
        };

        var readiness = app.Readiness!;
        yield return new BackendConfig
        {
            ApiVersion = BackendConfig.GroupVersion,
            Kind = BackendConfig.KindName,
            Metadata = IngressRules.Metadata(cluster, app),
            Spec = new BackendConfigSpec
            {
                HealthCheck = new BackendHealthCheck
                {
                    CheckIntervalSec = readiness.PeriodSeconds,
                    TimeoutSec = Math.Min(readiness.TimeoutSeconds, readiness.PeriodSeconds),
                    HealthyThreshold = readiness.SuccessThreshold,
                    UnhealthyThreshold = readiness.FailureThreshold,
                    Type = "HTTP",
                    RequestPath = readiness is { Kind: ProbeKind.Http, Path: { } path } ? path : "/",
                    Port = readiness.Port,
                },
            },
        };

        yield return new FrontendConfig
        {
            ApiVersion = FrontendConfig.GroupVersion,
            Kind = FrontendConfig.KindName,
            Metadata = IngressRules.Metadata(cluster, app),
            Spec = new FrontendConfigSpec { RedirectToHttps = new RedirectToHttps { Enabled = true } },
        };

        if (managedHosts.Count > 0)
        {
            yield return new ManagedCertificate
            {
                ApiVersion = ManagedCertificate.GroupVersion,
                Kind = ManagedCertificate.KindName,
                Metadata = IngressRules.Metadata(cluster, app),
                Spec = new ManagedCertificateSpec { Domains = managedHosts },
            };
        }

    }
}
