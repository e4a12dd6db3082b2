using FleetInfra.Core.Planning;
using k8s;

namespace FleetInfra.Core.Rendering;

/// <summary>The provider-specific part of exposing a public app: Service annotations, the Ingress and its companions.</summary>
public interface IIngressManifests
{
    /// <summary>Annotations the app's Service needs for the provider's load balancer; empty for private apps.</summary>
    IDictionary<string, string>? ServiceAnnotations(ClusterPlan cluster, AppPlan app);

    /// <summary>The Ingress and any provider objects it references, in apply order.</summary>
    IEnumerable<IKubernetesObject> ToObjects(ClusterPlan cluster, AppPlan app);

    public static IIngressManifests For(IngressProfile profile) => profile switch
    {
        AlbIngressProfile alb => new AlbIngressManifests(alb),
        GceIngressProfile => new GceIngressManifests(),
        _ => throw new ArgumentOutOfRangeException(nameof(profile), profile.GetType().Name, "unknown ingress profile"),
    };
}
