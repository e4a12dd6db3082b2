using FleetInfra.Core.Schema.Reading;

namespace FleetInfra.Core.Intents.Rules;

/// <summary>A public port is served through the Ingress, an HTTP load balancer, so it must be HTTP.</summary>
internal sealed class PublicPortIsHttp : TableRule<PortIntent>
{
    public static readonly PublicPortIsHttp Instance = new();

    public override bool Check(TableContext context, ref PortIntent value)
    {
        if (!value.IsPublic || value.Protocol == PortProtocol.Http)
        {
            return true;
        }

        context.Error(context["protocol"]!, "protocol",
            "a public port must be HTTP because it is exposed through the Ingress (an HTTP load balancer); set protocol: HTTP or publicly_accessible: false");
        return false;
    }
}
