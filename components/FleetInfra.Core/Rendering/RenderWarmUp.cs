using System.Collections.Immutable;
using FleetInfra.Core.Config;
using FleetInfra.Core.Diagnostics;
using FleetInfra.Core.Intents;
using FleetInfra.Core.Planning;
using FleetInfra.Core.Quantities;

namespace FleetInfra.Core.Rendering;

/// <summary>
/// The renderer's first use costs about a tenth of a second (loading the Kubernetes model types, building the
/// writer's type shapes, first calls). <see cref="Start"/> pays it on another core by rendering a sample app of
/// each provider while the caller is still reading and planning the fleet; the result is thrown away.
/// </summary>
public static class RenderWarmUp
{
    public static Task Start() => Task.Run(() =>
    {
        try
        {
            RenderSamples();
        }
        catch (Exception)
        {
            // Only a head start: whatever fails here fails again, and is reported, in the real render.
        }
    });

    /// <summary>The sample app rendered for each provider, one YAML stream per provider.</summary>
    public static IReadOnlyList<string> RenderSamples() =>
    [
        .. Enum.GetValues<CloudProvider>().Select(provider =>
        {
            var cluster = SampleCluster(provider);
            return ManifestYaml.Serialize(ClusterManifests.ForApp(cluster, SampleApp, IIngressManifests.For(cluster.Ingress)));
        }),
    ];

    private static readonly SourceLocation Nowhere = SourceLocation.StartOf("warm-up");

    /// <summary>A public, autoscaled app with a probe, a variable and a secret: every kind of object the renderers write.</summary>
    private static readonly AppPlan SampleApp = new()
    {
        Name = "warm-up",
        Namespace = "warm-up",
        Image = "registry.example.com/warm-up:1",
        Cpu = new CpuQuantity(250),
        Memory = new MemoryQuantity(256L * 1024 * 1024),
        Ports = [new PortIntent { Number = 8080, IsPublic = true, Name = "http", Source = Nowhere }],
        Scaling = new ScalingPlan(2, 4),
        Readiness = new ProbeIntent { Kind = ProbeKind.Http, Port = 8080, Path = "/healthz" },
        Environment = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("MODE", "warm-up")]),
        Secrets = [new SecretReference("TOKEN", "warm-up", "token")],
        Routes = [new IngressRoute("warm-up.example.com", 8080, ProviderCertificate: true)],
    };

    private static ClusterPlan SampleCluster(CloudProvider provider)
    {
        var config = new ClusterConfig
        {
            Name = "warm-up",
            Provider = provider,
            Region = "warm-up",
            KubernetesVersion = "1.33",
            NodeGroups = [],
            Source = Nowhere,
        };
        return new ClusterPlan { Cluster = config, Ingress = IngressProfile.For(config, "warm-up"), Environment = "warm-up", PartOf = "warm-up", Labels = Placement.ClusterLabels.Of(config, "warm-up"), Apps = [] };
    }
}
