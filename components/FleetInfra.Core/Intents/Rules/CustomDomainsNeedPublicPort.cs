using FleetInfra.Core.Schema.Reading;

namespace FleetInfra.Core.Intents.Rules;

/// <summary>Custom domains route to the app's first public port, so the app needs one.</summary>
internal sealed class CustomDomainsNeedPublicPort : TableRule<ApplicationIntent>
{
    public static readonly CustomDomainsNeedPublicPort Instance = new();

    public override bool Check(TableContext context, ref ApplicationIntent value)
    {
        if (value.CustomDomains.Length > 0 && !value.HasPublicPort)
        {
            context.Error(context[IntentKeys.CustomDomains] ?? context.Owner, IntentKeys.CustomDomains,
                "need a public port to route to; mark a port publicly accessible (ports: [ {8080: true} ]) or remove custom_domains");
        }

        return true;
    }
}
