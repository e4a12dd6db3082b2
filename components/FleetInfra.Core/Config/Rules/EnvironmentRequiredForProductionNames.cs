using FleetInfra.Core.Schema.Reading;

namespace FleetInfra.Core.Config.Rules;

/// <summary>
/// A stack named like production (<c>prod</c>, <c>prod-use1</c>) says its environment: the default, the stack name,
/// would make it non-production.
/// </summary>
internal sealed class EnvironmentRequiredForProductionNames : TableRule<StackConfig>
{
    public static readonly EnvironmentRequiredForProductionNames Instance = new();

    public override bool Check(TableContext context, ref StackConfig value)
    {
        if (context["environment"] is null && StackConfig.LooksLikeProduction(value.StackName))
        {
            context.Error(context.Owner, "environment",
                $"is required: stack '{value.StackName}' looks like production; set fleet:environment: prod for a production stack (protected; up needs a reviewed plan), or the name of its non-production environment");
        }

        return true;
    }
}
