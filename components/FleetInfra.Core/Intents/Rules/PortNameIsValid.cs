using FleetInfra.Core.Schema;
using FleetInfra.Core.Schema.Reading;

namespace FleetInfra.Core.Intents.Rules;

/// <summary>A port's name is an IANA service name; unset, it is named after its protocol and number (<c>http-8080</c>).</summary>
internal sealed class PortNameIsValid : TableRule<PortIntent>
{
    public static readonly PortNameIsValid Instance = new();

    private static readonly TextSpec Name = (TextSpec)IntentKeys.Port["name"].Value;

    public override bool Check(TableContext context, ref PortIntent value)
    {
        if (context["name"] is not { } node)
        {
            value = value with { Name = PortIntent.DefaultName(value.Number, value.Protocol) };
            return true;
        }

        if (Name.Accepts(value.Name))
        {
            return true;
        }

        context.Error(node, "name",
            $"'{value.Name}' is not a valid port name (lower-case letters, digits and '-', at most 15 characters, at least one letter); use '{PortIntent.DefaultName(value.Number, value.Protocol)}'");
        return false;
    }
}
