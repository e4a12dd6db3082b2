using FleetInfra.Core.Intents;
using FleetInfra.Core.Planning;
using k8s;
using k8s.Models;

namespace FleetInfra.Core.Rendering;

/// <summary>EKS: an Ingress for the AWS Load Balancer Controller on the cluster's shared ALB.</summary>
public sealed class AlbIngressManifests(AlbIngressProfile profile) : IIngressManifests
{
    public const string Prefix = "alb.ingress.kubernetes.io/";

    public IDictionary<string, string>? ServiceAnnotations(ClusterPlan cluster, AppPlan app) => null;

    public IEnumerable<IKubernetesObject> ToObjects(ClusterPlan cluster, AppPlan app)
    {
        var annotations = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            [Prefix + "scheme"] = profile.Scheme,
            [Prefix + "target-type"] = profile.TargetType,
            [Prefix + "group.name"] = profile.GroupName,
            [Prefix + "listen-ports"] = """[{"HTTP": 80}, {"HTTPS": 443}]""",
            [Prefix + "ssl-redirect"] = "443",
            [Prefix + "ssl-policy"] = profile.SslPolicy,
        };

        if (profile.CertificateArn is { } certificate)
        {
            annotations[Prefix + "certificate-arn"] = certificate;
        }

        if (app.Readiness is { Kind: ProbeKind.Http, Path: { } path })
        {
            annotations[Prefix + "healthcheck-path"] = path;
            annotations[Prefix + "success-codes"] = "200-399";
        }
        else
        {
            // A TCP readiness check has no HTTP path: any HTTP answer from the app counts as healthy.
            annotations[Prefix + "success-codes"] = "200-499";
        }

        if (app.Readiness is { } readiness && app.Routes.Any(r => r.Port != readiness.Port))
        {
            annotations[Prefix + "healthcheck-port"] = readiness.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var tlsHosts = app.Routes.Where(r => r.InTls).Select(r => r.Host).Distinct().Order(StringComparer.Ordinal).ToList();
        yield return new V1Ingress
        {
            ApiVersion = "networking.k8s.io/v1",
            Kind = "Ingress",
            Metadata = IngressRules.Metadata(cluster, app, annotations),
            Spec = new V1IngressSpec
            {
                IngressClassName = AlbIngressProfile.ClassName,

                // TLS hosts without a secret: the controller discovers matching ACM certificates unless certificate-arn is
                // set. Only hosts a certificate covers (IngressRoute.InTls): the ALB group is shared by the cluster's apps.
                Tls = tlsHosts.Count > 0 ? [new V1IngressTLS { Hosts = tlsHosts }] : null,
                Rules = IngressRules.For(app),
            },
        };
    }
}
