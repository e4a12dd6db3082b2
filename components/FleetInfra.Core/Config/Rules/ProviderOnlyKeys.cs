using FleetInfra.Core.Schema.Reading;

namespace FleetInfra.Core.Config.Rules;

/// <summary>The keys of one provider (<see cref="StackKeys.EksOnly"/>, <see cref="StackKeys.GkeOnly"/>) are refused on a cluster of the other.</summary>
internal sealed class ProviderOnlyKeys : TableRule<ClusterConfig>
{
    public static readonly ProviderOnlyKeys Instance = new();

    /// <summary>The provider as written in stack files: eks or gke.</summary>
    public static string Name(CloudProvider provider) => provider == CloudProvider.Gke ? "gke" : "eks";

    public override bool Check(TableContext context, ref ClusterConfig value)
    {
        var (foreign, other) = value.Provider switch
        {
            CloudProvider.Eks => (StackKeys.GkeOnly, CloudProvider.Gke),
            CloudProvider.Gke => (StackKeys.EksOnly, CloudProvider.Eks),
            _ => ([], value.Provider),
        };
        foreach (var key in foreign)
        {
            if (context[key] is { } node)
            {
                context.Error(node, key, $"applies to {Name(other)} clusters only; remove it from this {Name(value.Provider)} cluster");
            }
        }

        return true;
    }
}
