using FleetInfra.Core.Autoscaling;
using FleetInfra.Core.Schema.Reading;

namespace FleetInfra.Core.Intents.Rules;

/// <summary><c>autoscaling</c> scales between min and max, so max_running_instances must be above min_running_instances.</summary>
internal sealed class AutoscalingNeedsInstanceRange : TableRule<ApplicationIntent>
{
    public static readonly AutoscalingNeedsInstanceRange Instance = new();

    public override bool Check(TableContext context, ref ApplicationIntent value)
    {
        if (value.Autoscaling is not null && value.MaxInstances <= value.MinInstances && context[AutoscalingKeys.AutoscalingKey] is { } node)
        {
            context.Error(node, AutoscalingKeys.AutoscalingKey,
                $"scales between min_running_instances and max_running_instances, but both are {value.MinInstances}; raise max_running_instances or remove autoscaling");
        }

        return true;
    }
}
