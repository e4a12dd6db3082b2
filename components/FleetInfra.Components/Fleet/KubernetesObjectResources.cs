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

namespace FleetInfra.Components.Fleet;

/// <summary>One rendered Kubernetes object as the typed Pulumi.Kubernetes resource of the same kind.</summary>
internal static class KubernetesObjectResources
{
    public static KubernetesResource Create(string name, IKubernetesObject model, CustomResourceOptions options) => ToArgs(model) switch
    {
        ManifestCustomResourceArgs args => new Pulumi.Kubernetes.ApiExtensions.CustomResource(name, args, options),
        CoreV1Inputs.NamespaceArgs args => new CoreV1.Namespace(name, args, options),
        CoreV1Inputs.ServiceAccountArgs args => new CoreV1.ServiceAccount(name, args, options),
        CoreV1Inputs.ServiceArgs args => new CoreV1.Service(name, args, options),
        AppsV1Inputs.DeploymentArgs args => new AppsV1.Deployment(name, args, options),
        NetworkingV1Inputs.IngressArgs args => new NetworkingV1.Ingress(name, args, options),
        NetworkingV1Inputs.NetworkPolicyArgs args => new NetworkingV1.NetworkPolicy(name, args, options),
        AutoscalingV2Inputs.HorizontalPodAutoscalerArgs args => new AutoscalingV2.HorizontalPodAutoscaler(name, args, options),
        PolicyV1Inputs.PodDisruptionBudgetArgs args => new PolicyV1.PodDisruptionBudget(name, args, options),
        var args => throw new NotSupportedException($"{args.GetType().Name} has no resource in {nameof(KubernetesObjectResources)}.{nameof(Create)}"),
    };

    /// <summary>The object's content as the Pulumi input type of its kind: the mapping alone, without registering anything.</summary>
    public static ResourceArgs ToArgs(IKubernetesObject model) => model switch
    {
        BackendConfig or FrontendConfig or ManagedCertificate => ManifestCustomResourceArgs.From(KubernetesArgsMapper.ToJson(model)),
        _ => (model.ApiVersion, model.Kind) switch
        {
            ("v1", "Namespace") => KubernetesArgsMapper.ToArgs<CoreV1Inputs.NamespaceArgs>(model),
            ("v1", "ServiceAccount") => KubernetesArgsMapper.ToArgs<CoreV1Inputs.ServiceAccountArgs>(model),
            ("v1", "Service") => KubernetesArgsMapper.ToArgs<CoreV1Inputs.ServiceArgs>(model),
            ("apps/v1", "Deployment") => KubernetesArgsMapper.ToArgs<AppsV1Inputs.DeploymentArgs>(model),
            ("networking.k8s.io/v1", "Ingress") => KubernetesArgsMapper.ToArgs<NetworkingV1Inputs.IngressArgs>(model),
            ("networking.k8s.io/v1", "NetworkPolicy") => KubernetesArgsMapper.ToArgs<NetworkingV1Inputs.NetworkPolicyArgs>(model),
            ("autoscaling/v2", "HorizontalPodAutoscaler") => KubernetesArgsMapper.ToArgs<AutoscalingV2Inputs.HorizontalPodAutoscalerArgs>(model),
            ("policy/v1", "PodDisruptionBudget") => KubernetesArgsMapper.ToArgs<PolicyV1Inputs.PodDisruptionBudgetArgs>(model),
            var (apiVersion, kind) => throw new NotSupportedException(
                $"{apiVersion} {kind} has no Pulumi mapping yet; add it to {nameof(KubernetesObjectResources)}.{nameof(ToArgs)}"),
        },
    };
}
