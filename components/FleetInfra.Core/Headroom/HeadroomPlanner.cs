using System.Collections.Immutable;
using FleetInfra.Core.Config;
using FleetInfra.Core.Diagnostics;
using FleetInfra.Core.Intents;
using FleetInfra.Core.Naming;
using FleetInfra.Core.Quantities;

namespace FleetInfra.Core.Headroom;

/// <summary>Resolves a cluster's headroom settings (the stack's and its node groups') into pause-pod Deployments.</summary>
internal static class HeadroomPlanner
{
    public static ImmutableArray<HeadroomPlan> Plan(
        StackConfig stack, ClusterConfig cluster, IReadOnlyDictionary<string, ApplicationIntent> apps, DiagnosticBag diagnostics)
    {
        var plans = ImmutableArray.CreateBuilder<HeadroomPlan>();
        if (stack.Headroom is { } stackHeadroom && Resolve(stackHeadroom, "headroom", null, apps, diagnostics) is { } stackPlan)
        {
            plans.Add(stackPlan);
        }

        foreach (var group in cluster.NodeGroups)
        {
            if (group.Headroom is { } headroom && Resolve(headroom, $"headroom-{group.Name}", group.Name, apps, diagnostics) is { } plan)
            {
                plans.Add(plan);
            }
        }

        return plans.ToImmutable();
    }

    /// <summary>An app may not take the headroom's namespace once the stack keeps headroom anywhere; reported once.</summary>
    public static void CheckNamespaceFree(StackConfig stack, IReadOnlyDictionary<string, ApplicationIntent> apps, DiagnosticBag diagnostics)
    {
        var setting = stack.Headroom ?? stack.Clusters.SelectMany(c => c.NodeGroups).Select(g => g.Headroom).FirstOrDefault(h => h is not null);
        if (setting is not null && apps.TryGetValue(Rendering.HeadroomManifests.Name, out var clash))
        {
            diagnostics.Error(clash.Source, $"{IntentKeys.Application}.{clash.Name}",
                $"'{clash.Name}' is the namespace of the cluster's headroom ({setting.Path}); rename the app");
        }
    }

    /// <summary>An amount is one pause pod of that size; pods like an app are that many pods of the app's requests.</summary>
    private static HeadroomPlan? Resolve(HeadroomSetting setting, string name, string? nodeGroup, IReadOnlyDictionary<string, ApplicationIntent> apps, DiagnosticBag diagnostics)
    {
        if (setting.Like is not { } like)
        {
            return new HeadroomPlan(name, nodeGroup, 1,
                setting.Cpu ?? new CpuQuantity(CpuQuantity.MinMillicores), setting.Memory ?? new MemoryQuantity(MemoryQuantity.MinBytes), setting.Source, setting.Path);
        }

        if (!apps.TryGetValue(like, out var app))
        {
            diagnostics.Error(setting.Source, $"{setting.Path}.like",
                $"'{like}' is not an app of this stack{Suggestions.DidYouMean(like, apps.Keys)}; name the app whose pods the room is for");
            return null;
        }

        return new HeadroomPlan(name, nodeGroup, setting.Pods ?? 1, app.Cpu, app.Memory, setting.Source, setting.Path);
    }
}
