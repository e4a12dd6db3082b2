using FleetInfra.Core.Planning;

namespace FleetInfra.Core.Rendering.GitOps;

/// <summary>
/// The stack's clusters as one Argo CD ApplicationSet (argoproj.io/v1alpha1) that syncs them in the waves of
/// <c>fleet:rollout</c>. Semantics read at argo-cd v3.5.1: a cluster generator gives the parameters <c>name</c> and
/// <c>values.*</c> per registered cluster Secret whose labels match its selector
/// (docs/operator-manual/applicationset/Generators-Cluster.md); <c>strategy: RollingSync</c> syncs, step by step, the
/// generated Applications whose labels match each step's <c>matchExpressions</c>
/// (docs/operator-manual/applicationset/Progressive-Syncs.md). So each wave is a cluster generator selecting the wave's
/// clusters by the <see cref="ManifestLabels.Cluster"/> label of their cluster Secret and setting <c>values.wave</c>,
/// the template puts that wave on every Application as <see cref="WaveLabel"/>, and each step selects one wave.
/// </summary>
public static class ArgoCdApplicationSet
{
    public const string FileName = "applicationset.yaml";

    public const string WaveLabel = "fleetinfra.io/wave";

    public static Dictionary<string, object> For(FleetPlan plan, GitOpsSource source)
    {
        var partOf = plan.Clusters.IsEmpty ? Config.StackConfig.DefaultPartOf : plan.Clusters[0].PartOf;
        var waves = plan.Waves.Select((clusters, i) => (Number: (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), Clusters: clusters)).ToArray();
        return new Dictionary<string, object>
        {
            ["apiVersion"] = "argoproj.io/v1alpha1",
            ["kind"] = "ApplicationSet",
            ["metadata"] = new Dictionary<string, object>
            {
                ["name"] = $"{plan.Environment}-fleet",
                ["namespace"] = GitOpsManifests.ArgoCdNamespace,
                ["labels"] = new SortedDictionary<string, string>(StringComparer.Ordinal)
                {
                    [ManifestLabels.PartOf] = partOf,
                    [ManifestLabels.ManagedBy] = ManifestLabels.ManagedByValue,
                    [ManifestLabels.Environment] = plan.Environment,
                },
            },
            ["spec"] = new Dictionary<string, object>
            {
                ["generators"] = waves.Select(wave => new Dictionary<string, object>
                {
                    ["clusters"] = new Dictionary<string, object>
                    {
                        ["selector"] = new Dictionary<string, object>
                        {
                            ["matchExpressions"] = new[] { Requirement(ManifestLabels.Cluster, [.. wave.Clusters]) },
                        },
                        ["values"] = new Dictionary<string, object> { ["wave"] = wave.Number },
                    },
                }).ToArray(),
                ["strategy"] = new Dictionary<string, object>
                {
                    ["type"] = "RollingSync",
                    ["rollingSync"] = new Dictionary<string, object>
                    {
                        ["steps"] = waves.Select(wave => new Dictionary<string, object>
                        {
                            ["matchExpressions"] = new[] { Requirement(WaveLabel, [wave.Number]) },
                        }).ToArray(),
                    },
                },
                ["template"] = new Dictionary<string, object>
                {
                    ["metadata"] = new Dictionary<string, object>
                    {
                        ["name"] = $"{plan.Environment}-{{{{name}}}}",
                        ["labels"] = new SortedDictionary<string, string>(StringComparer.Ordinal)
                        {
                            [ManifestLabels.PartOf] = partOf,
                            [ManifestLabels.ManagedBy] = ManifestLabels.ManagedByValue,
                            [ManifestLabels.Environment] = plan.Environment,
                            [ManifestLabels.Cluster] = "{{name}}",
                            [WaveLabel] = "{{values.wave}}",
                        },
                    },
                    ["spec"] = GitOpsManifests.ArgoCdApplicationSpec(source, "{{name}}"),
                },
            },
        };
    }

    private static Dictionary<string, object> Requirement(string key, string[] values) => new()
    {
        ["key"] = key,
        ["operator"] = "In",
        ["values"] = values,
    };
}
