using System.Text.Json.Nodes;
using FleetInfra.Core.Config;
using FleetInfra.Core.Planning;
using FleetInfra.Core.Rendering;
using FleetInfra.Core.Rendering.CustomResources;
using FleetInfra.Tests.Shared;
using k8s;

namespace FleetInfra.Core.Tests.Rendering;

/// <summary>The GKE custom resources of the sample stacks against the validators generated from GKE's CRDs.</summary>
public sealed class GkeCustomResourceTests
{
    private static IEnumerable<BackendConfig> BackendConfigs() =>
        from stack in Directory.EnumerateFiles(Path.Combine(ProjectRoot.Find(AppContext.BaseDirectory)!, "stacks"), "Pulumi.*.yaml")
        from cluster in FleetLoader.Load(stack).PlanOrThrow().Clusters.Where(c => c.Provider == CloudProvider.Gke)
        from file in ClusterManifests.Render(cluster)
        from backend in file.Objects.OfType<BackendConfig>()
        select backend;

    [CrdModelsFact]
    public void EveryBackendConfig_PassesTheValidatorGeneratedFromGkesCrd()
    {
        var backends = BackendConfigs().ToList();

        Assert.NotEmpty(backends);
        Assert.Empty(CrdModels.Problems(backends));
    }

    [CrdModelsFact]
    public void TheValidator_RejectsAWrongType()
    {
        var broken = JsonNode.Parse(KubernetesJson.Serialize(BackendConfigs().First()))!;
        broken["spec"]!["healthCheck"]!["checkIntervalSec"] = "ten";

        Assert.Contains("checkIntervalSec must be integer", Assert.Single(CrdModels.Problems([broken.ToJsonString()])), StringComparison.Ordinal);
    }
}
