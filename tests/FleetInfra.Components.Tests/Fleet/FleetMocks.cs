using System.Collections.Immutable;
using FleetInfra.Components.Tests.Mocks;
using static FleetInfra.Components.Tests.Mocks.MockValues;

namespace FleetInfra.Components.Tests.Fleet;

/// <summary>
/// The strict mocks plus the Kubernetes kinds an ApplicationFleet creates. Ingresses report a provisioned load
/// balancer in their status: an ALB host name for the <c>alb</c> class, an external IP otherwise (GCE).
/// </summary>
public class FleetMocks : StrictMocks
{
    public const string AlbHostName = "k8s-eksuse1-0123456789.us-east-1.elb.amazonaws.com";
    public const string GceAddress = "34.120.10.20";
    public const string IngressType = "kubernetes:networking.k8s.io/v1:Ingress";

    public static readonly ImmutableArray<string> KubernetesObjectTypes =
    [
        "kubernetes:core/v1:Namespace",
        "kubernetes:core/v1:LimitRange",
        "kubernetes:core/v1:ResourceQuota",
        "kubernetes:rbac.authorization.k8s.io/v1:Role",
        "kubernetes:rbac.authorization.k8s.io/v1:RoleBinding",
        "kubernetes:core/v1:ServiceAccount",
        "kubernetes:core/v1:Service",
        "kubernetes:apps/v1:Deployment",
        "kubernetes:networking.k8s.io/v1:NetworkPolicy",
        "kubernetes:autoscaling/v2:HorizontalPodAutoscaler",
        "kubernetes:policy/v1:PodDisruptionBudget",
        IngressType,
        "kubernetes:cloud.google.com/v1:BackendConfig",
        "kubernetes:networking.gke.io/v1beta1:FrontendConfig",
        "kubernetes:networking.gke.io/v1:ManagedCertificate",
        "kubernetes:keda.sh/v1alpha1:ScaledObject",
        "kubernetes:autoscaling.k8s.io/v1:VerticalPodAutoscaler",
        "kubernetes:scheduling.k8s.io/v1:PriorityClass",
    ];

    public FleetMocks()
    {
        foreach (var type in KubernetesObjectTypes)
        {
            Resources[type] = _ => None;
        }

        Resources[IngressType] = args =>
        {
            var alb = args.Inputs.TryGetValue("spec", out var spec) && spec is ImmutableDictionary<string, object> fields
                && fields.TryGetValue("ingressClassName", out var className) && className is "alb";
            var address = alb ? Outputs(("hostname", AlbHostName)) : Outputs(("ip", GceAddress));
            return Outputs(("status", Outputs(("loadBalancer", Outputs(("ingress", ImmutableArray.Create<object>(address)))))));
        };
    }

    /// <summary>Every registration of a Kubernetes object (not the provider, not components).</summary>
    public IReadOnlyList<Pulumi.Testing.MockResourceArgs> KubernetesObjects =>
        [.. Registered.Where(r => KubernetesObjectTypes.Contains(r.Type ?? ""))];
}
