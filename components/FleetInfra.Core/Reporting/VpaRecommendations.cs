using System.Collections.Immutable;
using System.Text.Json;
using FleetInfra.Core.Planning;
using FleetInfra.Core.Rendering;

namespace FleetInfra.Core.Reporting;

/// <summary>One container's VPA target, from <c>status.recommendation.containerRecommendations</c>.</summary>
/// <param name="Namespace">The VPA's namespace (FleetInfra's app namespace).</param>
/// <param name="Name">The VPA's name (the app's).</param>
/// <param name="Cpu">The target CPU as the recommender wrote it, like <c>587m</c>; null when it gave none.</param>
/// <param name="Memory">The target memory as written, like <c>262144k</c>; null when it gave none.</param>
public sealed record VpaTarget(string Namespace, string Name, string? Cpu, string? Memory);

/// <summary>An app's requests beside its VPA target, for <c>fleet report --vpa-recommendations</c>.</summary>
public sealed record RightSizingRow(string App, string RequestedCpu, string RequestedMemory, string? TargetCpu, string? TargetMemory);

/// <summary>
/// Reads the JSON of <c>kubectl get vpa -A -o json</c> (a <c>List</c> of <c>autoscaling.k8s.io/v1</c>
/// VerticalPodAutoscalers) and sets each app's requests beside the target the recommender computed for its container.
/// </summary>
public static class VpaRecommendations
{
    /// <summary>The VPA targets of FleetInfra's app container in <paramref name="json"/>; a problem when it is not such a list.</summary>
    public static ImmutableArray<VpaTarget> Parse(string json, out string? problem)
    {
        problem = null;
        try
        {
            using var document = JsonDocument.Parse(json);
            if (!document.RootElement.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
            {
                problem = "has no 'items' list; write it with kubectl get vpa -A -o json";
                return [];
            }

            var targets = ImmutableArray.CreateBuilder<VpaTarget>();
            foreach (var item in items.EnumerateArray())
            {
                if (Text(item, "kind") is { } kind && kind != "VerticalPodAutoscaler")
                {
                    continue;
                }

                var metadata = item.TryGetProperty("metadata", out var m) ? m : default;
                var (ns, name) = (Text(metadata, "namespace"), Text(metadata, "name"));
                if (ns is null || name is null)
                {
                    continue;
                }

                var target = ContainerTarget(item);
                targets.Add(new VpaTarget(ns, name, target is { } t ? Text(t, "cpu") : null, target is { } u ? Text(u, "memory") : null));
            }

            return targets.ToImmutable();
        }
        catch (JsonException ex)
        {
            problem = $"is not JSON ({ex.Message}); write it with kubectl get vpa -A -o json";
            return [];
        }
    }

    /// <summary>Every app of the plan with a VPA in the list, once, with its requests (the same on every cluster) and the target.</summary>
    public static ImmutableArray<RightSizingRow> Rows(FleetPlan plan, ImmutableArray<VpaTarget> targets)
    {
        var apps = plan.Clusters.SelectMany(c => c.Apps).GroupBy(a => a.Name, StringComparer.Ordinal).Select(g => g.First());
        return
        [
            .. apps
                .Select(app => (App: app, Target: targets.FirstOrDefault(t => t.Namespace == app.Namespace && t.Name == app.Name)))
                .Where(pair => pair.Target is not null)
                .OrderBy(pair => pair.App.Name, StringComparer.Ordinal)
                .Select(pair => new RightSizingRow(pair.App.Name, pair.App.Cpu.ToString(), pair.App.Memory.ToString(), pair.Target!.Cpu, pair.Target.Memory)),
        ];
    }

    /// <summary>The target of FleetInfra's container (<see cref="WorkloadManifests.ContainerName"/>), else of the only container.</summary>
    private static JsonElement? ContainerTarget(JsonElement vpa)
    {
        if (!vpa.TryGetProperty("status", out var status)
            || !status.TryGetProperty("recommendation", out var recommendation)
            || !recommendation.TryGetProperty("containerRecommendations", out var containers)
            || containers.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var all = containers.EnumerateArray().ToList();
        var chosen = all.Find(c => Text(c, "containerName") == WorkloadManifests.ContainerName);
        if (chosen.ValueKind == JsonValueKind.Undefined && all.Count == 1)
        {
            chosen = all[0];
        }

        return chosen.ValueKind == JsonValueKind.Object && chosen.TryGetProperty("target", out var target) ? target : null;
    }

    private static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;
}
