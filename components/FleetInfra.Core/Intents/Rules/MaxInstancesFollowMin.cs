using FleetInfra.Core.Schema.Reading;

namespace FleetInfra.Core.Intents.Rules;

/// <summary>A <c>min_running_instances</c> set without <c>max_running_instances</c> raises the maximum to it.</summary>
internal sealed class MaxInstancesFollowMin : TableRule<ApplicationIntent>
{
    public static readonly MaxInstancesFollowMin Instance = new();

    public override bool Check(TableContext context, ref ApplicationIntent value)
    {
        if (context[IntentKeys.MinInstances] is not null && context[IntentKeys.MaxInstances] is null)
        {
            value = value with { MaxInstances = Math.Max(value.MinInstances, value.MaxInstances) };
        }

        return true;
    }
}
