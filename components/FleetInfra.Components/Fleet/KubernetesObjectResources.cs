using FleetInfra.Core.Rendering.CustomResources;
using k8s;
using k8s.Models;
using Pulumi;
using AppsV1Inputs = Pulumi.Kubernetes.Types.Inputs.Apps.V1;
using AutoscalingV2Inputs = Pulumi.Kubernetes.Types.Inputs.Autoscaling.V2;
using CoreV1Inputs = Pulumi.Kubernetes.Types.Inputs.Core.V1;
using NetworkingV1Inputs = Pulumi.Kubernetes.Types.Inputs.Networking.V1;
using PolicyV1Inputs = Pulumi.Kubernetes.Types.Inputs.Policy.V1;
using RbacV1Inputs = Pulumi.Kubernetes.Types.Inputs.Rbac.V1;
using SchedulingV1Inputs = Pulumi.Kubernetes.Types.Inputs.Scheduling.V1;

namespace FleetInfra.Components.Fleet;

/// <summary>One rendered Kubernetes object as the Pulumi resource of its kind.</summary>
internal static class KubernetesObjectResources
{
    /// <summary>The kinds the renderer writes: the Pulumi type token and the typed input args whose schema the fields must fit.</summary>
    private static readonly Dictionary<(string ApiVersion, string Kind), (string Type, Type Args)> Kinds = new()
    {
        [("v1", "Namespace")] = ("kubernetes:core/v1:Namespace", typeof(CoreV1Inputs.NamespaceArgs)),
        [("v1", "LimitRange")] = ("kubernetes:core/v1:LimitRange", typeof(CoreV1Inputs.LimitRangeArgs)),
        [("v1", "ResourceQuota")] = ("kubernetes:core/v1:ResourceQuota", typeof(CoreV1Inputs.ResourceQuotaArgs)),
        [("rbac.authorization.k8s.io/v1", "Role")] = ("kubernetes:rbac.authorization.k8s.io/v1:Role", typeof(RbacV1Inputs.RoleArgs)),
        [("rbac.authorization.k8s.io/v1", "RoleBinding")] = ("kubernetes:rbac.authorization.k8s.io/v1:RoleBinding", typeof(RbacV1Inputs.RoleBindingArgs)),
        [("v1", "ServiceAccount")] = ("kubernetes:core/v1:ServiceAccount", typeof(CoreV1Inputs.ServiceAccountArgs)),
        [("v1", "Service")] = ("kubernetes:core/v1:Service", typeof(CoreV1Inputs.ServiceArgs)),
        [("apps/v1", "Deployment")] = ("kubernetes:apps/v1:Deployment", typeof(AppsV1Inputs.DeploymentArgs)),
        [("networking.k8s.io/v1", "Ingress")] = ("kubernetes:networking.k8s.io/v1:Ingress", typeof(NetworkingV1Inputs.IngressArgs)),
        [("networking.k8s.io/v1", "NetworkPolicy")] = ("kubernetes:networking.k8s.io/v1:NetworkPolicy", typeof(NetworkingV1Inputs.NetworkPolicyArgs)),
        [("autoscaling/v2", "HorizontalPodAutoscaler")] = ("kubernetes:autoscaling/v2:HorizontalPodAutoscaler", typeof(AutoscalingV2Inputs.HorizontalPodAutoscalerArgs)),
        [("policy/v1", "PodDisruptionBudget")] = ("kubernetes:policy/v1:PodDisruptionBudget", typeof(PolicyV1Inputs.PodDisruptionBudgetArgs)),
        [("scheduling.k8s.io/v1", "PriorityClass")] = ("kubernetes:scheduling.k8s.io/v1:PriorityClass", typeof(SchedulingV1Inputs.PriorityClassArgs)),
    };

    public static KubernetesObjectResource Create(string name, IKubernetesObject model, CustomResourceOptions options)
    {
        var (type, inputs) = ToInputs(model);
        return new KubernetesObjectResource(type, name, inputs, options);
    }

    /// <summary>The typed input args whose schema the object's fields are checked against; null for custom resources.</summary>
    public static Type? ArgsTypeOf(IKubernetesObject model) => Kinds.TryGetValue((model.ApiVersion, model.Kind), out var kind) ? kind.Args : null;

    /// <summary>The object's Pulumi type token and inputs: the mapping alone, without registering anything.</summary>
    public static (string Type, System.Collections.Immutable.ImmutableDictionary<string, object?> Inputs) ToInputs(IKubernetesObject model)
    {
        if (model is BackendConfig or FrontendConfig or ManagedCertificate or ScaledObject or VerticalPodAutoscaler)
        {
            // As Pulumi.Kubernetes.ApiExtensions.CustomResource registers them.
            return ($"kubernetes:{model.ApiVersion}:{model.Kind}", CustomResourceInputs.Of((IKubernetesObject<V1ObjectMeta>)model));
        }

        return Kinds.TryGetValue((model.ApiVersion, model.Kind), out var kind)
            ? (kind.Type, KubernetesInputs.Of(model, kind.Args))
            : throw new NotSupportedException(
                $"{model.ApiVersion} {model.Kind} has no Pulumi mapping yet; add it to {nameof(KubernetesObjectResources)}.{nameof(Kinds)}");
    }
}
