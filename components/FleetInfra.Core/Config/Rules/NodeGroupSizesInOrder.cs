using FleetInfra.Core.Schema.Reading;

namespace FleetInfra.Core.Config.Rules;

/// <summary><c>minSize &lt;= desiredSize &lt;= maxSize</c>; an unset <c>desiredSize</c> is <c>minSize</c>, at least 1.</summary>
internal sealed class NodeGroupSizesInOrder : TableRule<NodeGroupConfig>
{
    public static readonly NodeGroupSizesInOrder Instance = new();

    public override bool Check(TableContext context, ref NodeGroupConfig value)
    {
        var (min, max, desired) = (value.MinSize, value.MaxSize, value.DesiredSize);
        if (min >= 0 && max >= 0 && min > max)
        {
            // A cluster overriding its class's group may write minSize alone: point at the override then.
            context.Error(context["maxSize"] ?? context["minSize"] ?? context.Owner, "maxSize", $"maxSize ({max}) is below minSize ({min}); raise maxSize or lower minSize");
        }

        if (desired >= 0 && min >= 0 && max >= 0 && (desired < min || desired > max))
        {
            context.Error(context["desiredSize"] ?? context["minSize"] ?? context["maxSize"] ?? context.Owner, "desiredSize", $"desiredSize ({desired}) must lie between minSize ({min}) and maxSize ({max})");
        }

        if (desired < 0 && min >= 0)
        {
            value = value with { DesiredSize = Math.Max(min, 1) };
        }

        return true;
    }
}
