using FleetInfra.Core.Schema.Reading;

namespace FleetInfra.Core.Config.Rules;

/// <summary>Without <c>fleet:protect</c>, production environments are protected from deletion and others are not.</summary>
internal sealed class ProtectDefaultsToProduction : TableRule<StackConfig>
{
    public static readonly ProtectDefaultsToProduction Instance = new();

    public override bool Check(TableContext context, ref StackConfig value)
    {
        if (context["protect"] is null)
        {
            value = value with { Protect = StackConfig.IsProductionEnvironment(value.Environment) };
        }

        return true;
    }
}
