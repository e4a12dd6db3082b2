using FleetInfra.Core.Diagnostics;
using FleetInfra.Core.Schema.Reading;

namespace FleetInfra.Core.Config.Rules;

/// <summary>The environment, written or taken from the stack name, becomes a label value, so it must be a DNS label.</summary>
internal sealed class EnvironmentIsLabel : TableRule<StackConfig>
{
    public static readonly EnvironmentIsLabel Instance = new();

    public override bool Check(TableContext context, ref StackConfig value)
    {
        if (!StackKeys.Name.Accepts(value.Environment))
        {
            context.Error(context["environment"] ?? context.Owner, "environment",
                $"'{value.Environment}' is not a valid environment name (it becomes a label value); set fleet:environment to '{Suggestions.ToDnsLabel(value.Environment)}'");
        }

        return true;
    }
}
