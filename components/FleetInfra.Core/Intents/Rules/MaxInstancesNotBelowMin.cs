using FleetInfra.Core.Schema.Reading;

namespace FleetInfra.Core.Intents.Rules;

/// <summary><c>min_running_instances</c> at most <c>max_running_instances</c>.</summary>
internal sealed class MaxInstancesNotBelowMin : TableRule<ApplicationIntent>
{
    public static readonly MaxInstancesNotBelowMin Instance = new();

    public override bool Check(TableContext context, ref ApplicationIntent value)
    {
        if (value.MinInstances > value.MaxInstances)
        {
            context.Error(context[IntentKeys.MaxInstances] ?? context[IntentKeys.MinInstances] ?? context.Owner, IntentKeys.MaxInstances,
                $"max_running_instances ({value.MaxInstances}) is below min_running_instances ({value.MinInstances}); raise max_running_instances or lower min_running_instances");
        }

        return true;
    }
}
