using FleetInfra.Core.Review;

namespace FleetInfra.Cli.Commands;

/// <summary><c>fleet cost</c> of an apps-only (review) stack: its pods' share of the base's nodes, labelled as such.</summary>
internal static class ReviewCostOutput
{
    public static void Write(CliConsole console, ReviewCostShare share, bool json)
    {
        if (json)
        {
            console.Output.WriteLine(CliJson.Serialize(share));
            return;
        }

        console.Output.WriteLine($"Stack {share.Stack}: apps only, on the clusters of {share.ClustersFrom}. Its share of {share.ClustersFrom}'s nodes:");
        foreach (var line in share.Apps)
        {
            console.Output.WriteLine(FormattableString.Invariant($"  {line.Cluster,-16} {line.App,-32} {line.Monthly,12:#,0.00}"));
        }

        console.Output.WriteLine(FormattableString.Invariant($"Share: {share.Monthly:#,0.00} {share.Currency} a month (requests at minimum replicas x the base node groups' price per requested unit, before schedules);"));
        console.Output.WriteLine($"the base's control planes, NAT, load balancers and idle capacity are in `fleet cost --stack {share.ClustersFrom}`, not here.");
    }
}
