using FleetInfra.Core.Addons;
using Pulumi;
using Pulumi.Kubernetes.Helm.V3;
using Pulumi.Kubernetes.Types.Inputs.Meta.V1;

namespace FleetInfra.Components.Clusters;

/// <summary>
/// KEDA's <c>keda.sh/v1alpha1</c> ClusterTriggerAuthentication with <c>podIdentity: { provider: aws | gcp }</c>: the
/// queue triggers name it, and the scalers then read the queues as the operator's own identity (fields of
/// <c>AuthPodIdentity</c>, kedacore/keda v2.20.2 <c>apis/keda/v1alpha1/triggerauthentication_types.go</c>). It belongs
/// to the KEDA add-on, beside the release whose chart brings its CRD; the apps' ScaledObjects wait for the cluster
/// component, so it exists before the first trigger that names it and is deleted after the last.
/// </summary>
internal static class ClusterTriggerAuthentication
{
    public const string ApiVersion = "keda.sh/v1alpha1";

    /// <summary>Pulumi.Kubernetes' <c>CustomResource</c> (sdk/dotnet <c>ApiExtensions/CustomResource.cs</c> at v4.32.0) takes its spec from a subclass of the abstract args.</summary>
    public sealed class Args : Pulumi.Kubernetes.ApiExtensions.CustomResourceArgs
    {
        public Args()
            : base(ClusterTriggerAuthentication.ApiVersion, KedaPodIdentityPlan.AuthenticationKind)
        {
        }

        [Input("spec")]
        public InputMap<object> Spec { get; set; } = [];
    }

    public static Pulumi.Kubernetes.ApiExtensions.CustomResource Create(string name, KedaPodIdentityPlan plan, Release keda, Resource parent, Pulumi.Kubernetes.Provider provider) =>
        new($"{name}-keda-pod-identity", new Args
        {
            Metadata = new ObjectMetaArgs
            {
                Name = plan.Authentication,
                Labels = { ["app.kubernetes.io/managed-by"] = "fleetinfra" },
            },
            Spec = { ["podIdentity"] = new Dictionary<string, object> { ["provider"] = plan.Provider } },
        }, new CustomResourceOptions { Parent = parent, Provider = provider, DependsOn = { keda } });
}
