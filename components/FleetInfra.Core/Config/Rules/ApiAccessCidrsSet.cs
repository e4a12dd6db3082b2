using FleetInfra.Core.Schema.Reading;

namespace FleetInfra.Core.Config.Rules;

/// <summary>A warning when nothing limits who reaches the Kubernetes API endpoint.</summary>
internal sealed class ApiAccessCidrsSet : TableRule<ClusterConfig>
{
    public static readonly ApiAccessCidrsSet Instance = new();

    public override bool Check(TableContext context, ref ClusterConfig value)
    {
        if (context["apiAccessCidrs"] is null)
        {
            context.Warning(context.Owner, "apiAccessCidrs",
                "is not set, so the Kubernetes API endpoint accepts any address; list the CIDRs of your operators and CI runners");
        }

        return true;
    }
}
