using FleetInfra.Core.Schema.Reading;

namespace FleetInfra.Core.Intents.Rules;

/// <summary>A liveness probe's <c>success_threshold</c> must be 1 (a Kubernetes rule).</summary>
internal sealed class LivenessSucceedsOnce : TableRule<ProbeIntent>
{
    public static readonly LivenessSucceedsOnce Instance = new();

    public override bool Check(TableContext context, ref ProbeIntent value)
    {
        if (value.SuccessThreshold != 1 && context["success_threshold"] is { } node)
        {
            context.Error(node, "success_threshold", "must be 1 for a liveness probe (a Kubernetes rule); remove it or set 1");
        }

        return true;
    }
}
