using FleetInfra.Core.Schema.Reading;

namespace FleetInfra.Core.Config.Rules;

/// <summary>An existing VPC comes with at least two public and two private subnets; subnets come only with one.</summary>
internal sealed class ExistingVpcHasSubnets : TableRule<ClusterConfig>
{
    public static readonly ExistingVpcHasSubnets Instance = new();

    public override bool Check(TableContext context, ref ClusterConfig value)
    {
        if (context["existingVpcId"] is { } vpcNode && (value.ExistingPublicSubnetIds.Length < 2 || value.ExistingPrivateSubnetIds.Length < 2))
        {
            context.Error(vpcNode, "existingVpcId",
                "needs existingPublicSubnetIds and existingPrivateSubnetIds with at least two subnets each (two availability zones)");
        }
        else if (context["existingVpcId"] is null && (value.ExistingPublicSubnetIds.Length > 0 || value.ExistingPrivateSubnetIds.Length > 0))
        {
            context.Error(context.Owner, "existingVpcId", "is missing; subnet ids are used only with an existing VPC");
        }

        return true;
    }
}
