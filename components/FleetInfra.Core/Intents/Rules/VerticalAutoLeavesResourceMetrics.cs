using FleetInfra.Core.Autoscaling;
using FleetInfra.Core.Schema.Reading;

namespace FleetInfra.Core.Intents.Rules;

/// <summary>
/// <c>vertical_scaling: auto</c> changes the requests that CPU and memory utilization are measured against, so an HPA
/// (or KEDA's) on CPU or memory and the VerticalPodAutoscaler fight: each resize moves the other's signal. Scaling on
/// Prometheus only is fine.
/// </summary>
internal sealed class VerticalAutoLeavesResourceMetrics : TableRule<ApplicationIntent>
{
    public static readonly VerticalAutoLeavesResourceMetrics Instance = new();

    public override bool Check(TableContext context, ref ApplicationIntent value)
    {
        if (value.VerticalScaling.Mode != VerticalScalingMode.Auto || value.MaxInstances <= value.MinInstances)
        {
            return true;
        }

        var horizontal = value.Autoscaling ?? HorizontalScaling.Default;
        if (!horizontal.UsesResourceMetrics)
        {
            return true;
        }

        var metrics = string.Join(" and ", new[]
        {
            horizontal.CpuPercent is { } cpu ? $"cpu ({cpu}%{(value.Autoscaling is null ? ", the default" : string.Empty)})" : null,
            horizontal.MemoryPercent is { } memory ? $"memory ({memory}%)" : null,
        }.OfType<string>());
        var node = context[AutoscalingKeys.VerticalScalingKey] ?? context.Owner;
        context.Error(node, AutoscalingKeys.VerticalScalingKey,
            $"auto resizes the pods while the HPA scales their count on {metrics} of those same requests, so the two fight; use vertical_scaling: recommend, or scale on prometheus only (autoscaling: {{ prometheus: [...] }}), or set max_running_instances equal to min_running_instances");
        return true;
    }
}
