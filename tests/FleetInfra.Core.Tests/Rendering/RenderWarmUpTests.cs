using FleetInfra.Core.Rendering;

namespace FleetInfra.Core.Tests.Rendering;

public sealed class RenderWarmUpTests
{
    /// <summary>The warm-up only pays off if its sample reaches every kind of object a real render writes.</summary>
    [Fact]
    public void Samples_CoverEveryKindOfObjectOfBothProviders()
    {
        var samples = RenderWarmUp.RenderSamples();

        string[] common = ["Namespace", "NetworkPolicy", "ServiceAccount", "Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget", "Ingress"];
        Assert.Equal(2, samples.Count);
        Assert.All(samples, yaml => Assert.All(common, kind => Assert.Contains($"\nkind: {kind}\n", yaml, StringComparison.Ordinal)));
        Assert.Contains("\nkind: ManagedCertificate\n", samples[1], StringComparison.Ordinal);
        Assert.Contains("\nkind: BackendConfig\n", samples[1], StringComparison.Ordinal);
        Assert.Contains("\nkind: FrontendConfig\n", samples[1], StringComparison.Ordinal);
        Assert.Contains("alb.ingress.kubernetes.io/group.name", samples[0], StringComparison.Ordinal);
    }
}
