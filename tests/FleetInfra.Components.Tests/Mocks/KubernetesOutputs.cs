using System.Collections.Immutable;
using Pulumi.Testing;
using static FleetInfra.Components.Tests.Mocks.MockValues;

namespace FleetInfra.Components.Tests.Mocks;

/// <summary>Kubernetes provider and Helm release registrations; Kubernetes object kinds are added by the tests that create them.</summary>
public static class KubernetesOutputs
{
    public const string ProviderType = "pulumi:providers:kubernetes";
    public const string HelmReleaseType = "kubernetes:helm.sh/v3:Release";

    /// <summary>KEDA's pod identity for queue triggers, created by the cluster components beside the KEDA release.</summary>
    public const string ClusterTriggerAuthenticationType = "kubernetes:keda.sh/v1alpha1:ClusterTriggerAuthentication";

    public static IReadOnlyDictionary<string, Func<MockResourceArgs, ImmutableDictionary<string, object>>> Resources { get; } =
        new Dictionary<string, Func<MockResourceArgs, ImmutableDictionary<string, object>>>(StringComparer.Ordinal)
        {
            [ProviderType] = _ => None,
            [HelmReleaseType] = a => Outputs(("status", Outputs(("status", "deployed"), ("name", a.Input("name", a.Name ?? ""))))),
            [ClusterTriggerAuthenticationType] = _ => None,
        };
}
