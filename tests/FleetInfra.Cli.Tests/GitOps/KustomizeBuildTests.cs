using System.Text.Json.Nodes;
using FleetInfra.Core.Rendering.GitOps;

namespace FleetInfra.Cli.Tests.GitOps;

/// <summary>
/// Every cluster's kustomization builds with the real kustomize (<c>kubectl kustomize</c>) into exactly the rendered
/// objects. kustomize may reorder documents by kind (older releases always do), so objects are compared by
/// apiVersion, kind, namespace and name, each deep-equal.
/// </summary>
public sealed class KustomizeBuildTests
{
    [KubectlFact]
    public void KubectlKustomize_BuildsExactlyTheRenderedObjects()
    {
        foreach (var (stack, layout) in new[] { ("dev", "app"), ("staging", "app"), ("prod", "app"), ("prod", "cluster") })
        {
            using var render = new GitOpsRender(stack, "kustomize", layout);
            Assert.Equal(0, render.Result.ExitCode);
            foreach (var folder in render.ClusterFolders)
            {
                var rendered = Directory.EnumerateFiles(folder, "*.yaml")
                    .Where(f => Path.GetFileName(f) != GitOpsManifests.KustomizationFileName)
                    .Order(StringComparer.Ordinal)
                    .SelectMany(f => YamlJson.Stream(File.ReadAllText(f)));
                var built = YamlJson.Stream(Kubectl.Kustomize(folder));

                var what = $"{stack}/{Path.GetFileName(folder)} ({layout} layout)";
                var expected = ByIdentity(rendered, what);
                var actual = ByIdentity(built, what);
                Assert.True(expected.Count > 0, $"{what}: nothing rendered");
                Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
                foreach (var (identity, node) in expected)
                {
                    Assert.True(JsonNode.DeepEquals(node, actual[identity]), $"{what}: kustomize changed {identity}:\n{actual[identity]}\nrendered:\n{node}");
                }
            }
        }
    }

    private static Dictionary<string, JsonNode> ByIdentity(IEnumerable<JsonNode?> objects, string what)
    {
        var result = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        foreach (var item in objects.OfType<JsonNode>())
        {
            var identity = $"{item["apiVersion"]}/{item["kind"]} {item["metadata"]?["namespace"]}/{item["metadata"]?["name"]}";
            Assert.True(result.TryAdd(identity, item), $"{what}: {identity} appears twice");
        }

        return result;
    }
}
