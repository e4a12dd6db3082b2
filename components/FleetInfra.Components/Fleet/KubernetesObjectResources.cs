using FleetInfra.Core.Rendering.CustomResources;
using k8s;
using Pulumi;
using Pulumi.Kubernetes;
using AppsV1 = Pulumi.Kubernetes.Apps.V1;
using AppsV1Inputs = Pulumi.Kubernetes.Types.Inputs.Apps.V1;
using AutoscalingV2 = Pulumi.Kubernetes.Autoscaling.V2;
using AutoscalingV2Inputs = Pulumi.Kubernetes.Types.Inputs.Autoscaling.V2;
using CoreV1 = Pulumi.Kubernetes.Core.V1;
using CoreV1Inputs = Pulumi.Kubernetes.Types.Inputs.Core.V1;
using NetworkingV1 = Pulumi.Kubernetes.Networking.V1;
using NetworkingV1Inputs = Pulumi.Kubernetes.Types.Inputs.Networking.V1;
using PolicyV1 = Pulumi.Kubernetes.Policy.V1;
using PolicyV1Inputs = Pulumi.Kubernetes.Types.Inputs.Policy.V1;
using RbacV1 = Pulumi.Kubernetes.Rbac.V1;
using RbacV1Inputs = Pulumi.Kubernetes.Types.Inputs.Rbac.V1;

namespace FleetInfra.Components.Fleet;

/// <summary>One rendered Kubernetes object as the typed Pulumi.Kubernetes resource of the same kind.</summary>
internal static class KubernetesObjectResources
{
    public static KubernetesResource Create(string name, IKubernetesObject model, CustomResourceOptions options) => model switch
    {
        BackendConfig or FrontendConfig or ManagedCertificate or ScaledObject =>
            new Pulumi.Kubernetes.ApiExtensions.CustomResource(name, ManifestCustomResourceArgs.From(KubernetesArgsMapper.ToJson(model)), options),
        _ => (model.ApiVersion, model.Kind) switch
        {
            ("v1", "Namespace") => new CoreV1.Namespace(name, KubernetesArgsMapper.ToArgs<CoreV1Inputs.NamespaceArgs>(model), options),
            ("v1", "LimitRange") => new CoreV1.LimitRange(name, KubernetesArgsMapper.ToArgs<CoreV1Inputs.LimitRangeArgs>(model), options),
            ("v1", "ResourceQuota") => new CoreV1.ResourceQuota(name, KubernetesArgsMapper.ToArgs<CoreV1Inputs.ResourceQuotaArgs>(model), options),
            ("rbac.authorization.k8s.io/v1", "Role") => new RbacV1.Role(name, KubernetesArgsMapper.ToArgs<RbacV1Inputs.RoleArgs>(model), options),
            ("rbac.authorization.k8s.io/v1", "RoleBinding") => new RbacV1.RoleBinding(name, KubernetesArgsMapper.ToArgs<RbacV1Inputs.RoleBindingArgs>(model), options),
            ("v1", "ServiceAccount") => new CoreV1.ServiceAccount(name, KubernetesArgsMapper.ToArgs<CoreV1Inputs.ServiceAccountArgs>(model), options),
            ("v1", "Service") => new CoreV1.Service(name, KubernetesArgsMapper.ToArgs<CoreV1Inputs.ServiceArgs>(model), options),
            ("apps/v1", "Deployment") => new AppsV1.Deployment(name, KubernetesArgsMapper.ToArgs<AppsV1Inputs.DeploymentArgs>(model), options),
            ("networking.k8s.io/v1", "Ingress") => new NetworkingV1.Ingress(name, KubernetesArgsMapper.ToArgs<NetworkingV1Inputs.IngressArgs>(model), options),
            ("networking.k8s.io/v1", "NetworkPolicy") => new NetworkingV1.NetworkPolicy(name, KubernetesArgsMapper.ToArgs<NetworkingV1Inputs.NetworkPolicyArgs>(model), options),
            ("autoscaling/v2", "HorizontalPodAutoscaler") =>
                new AutoscalingV2.HorizontalPodAutoscaler(name, KubernetesArgsMapper.ToArgs<AutoscalingV2Inputs.HorizontalPodAutoscalerArgs>(model), options),
            ("policy/v1", "PodDisruptionBudget") =>
                new PolicyV1.PodDisruptionBudget(name, KubernetesArgsMapper.ToArgs<PolicyV1Inputs.PodDisruptionBudgetArgs>(model), options),
            var (apiVersion, kind) => throw new NotSupportedException(
                $"{apiVersion} {kind} has no Pulumi mapping yet; add it to {nameof(KubernetesObjectResources)}.{nameof(Create)}"),
        },
    };
}
