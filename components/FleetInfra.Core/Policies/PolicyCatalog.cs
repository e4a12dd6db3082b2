using System.Collections.Immutable;
using FleetInfra.Core.Policies.Checks;

namespace FleetInfra.Core.Policies;

/// <summary>Every policy, in id order: what <c>fleet policy list</c> prints and what every plan is checked against.</summary>
public static class PolicyCatalog
{
    public static readonly ImmutableArray<IPolicy> All =
    [
        new ProductionReplicasPolicy(),
        new MemoryLimitPolicy(),
        new ProductionDigestPolicy(),
        new NoLatestTagPolicy(),
        new TeamBudgetPolicy(),
        new CustomDomainPolicy(),
        new PublicReadinessPolicy(),
        new NodeFitPolicy(),
        new NodeGroupCapacityPolicy(),
    ];
}
