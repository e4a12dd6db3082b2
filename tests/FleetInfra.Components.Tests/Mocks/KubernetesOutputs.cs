using System.Collections.Immutable;
using Pulumi.Testing;
using static FleetInfra.Components.Tests.Mocks.MockValues;

namespace FleetInfra.Components.Tests.Mocks;

/// <summary>Kubernetes provider and Helm release registrations; Kubernetes object kinds are added by the tests that create them.</summary>
public static class KubernetesOutputs
{
    public const string ProviderType = "pulumi:providers:kubernetes";
    public const string HelmReleaseType = "kubernetes:helm.sh/v3:Release";

    public static IReadOnlyDictionary<string, Func<MockResourceArgs, ImmutableDictionary<string, object>>> Resources { get; } =
        new Dictionary<string, Func<MockResourceArgs, ImmutableDictionary<string, object>>>(StringComparer.Ordinal)
        {
            [ProviderType] = _ => None,
            [HelmReleaseType] = a => Outputs(("status", Outputs(("status", "deployed"), ("name", a.Input("name", a.Name ?? ""))))),
        };
}
