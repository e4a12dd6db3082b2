using System.Collections.Immutable;
using FleetInfra.Core.Config;
using FleetInfra.Core.Policies;

namespace FleetInfra.Core.Diffing.Hazards;

/// <summary>Every hazard check of <c>fleet diff</c>, in id order. Their levels are set per stack in <c>fleet:policies</c>, like the policies'.</summary>
public static class HazardCatalog
{
    internal static readonly ImmutableArray<IHazardRule> Rules =
    [
        new ImmutableFieldHazard(),
        new RemovalHazard(),
        new HostMoveHazard(),
        new AutoscalerKindHazard(),
        new ReplicaDropHazard(),
        new VersionSkipHazard(),
        new NodeGroupReplacementHazard(),
        new AppRenameHazard(),
        new PortInUseHazard(),
    ];

    public static ImmutableArray<IHazardCheck> All => [.. Rules];

    /// <summary>The level a hazard has in the stack: its <c>fleet:policies</c> entry, else its default.</summary>
    public static PolicyLevel LevelOf(IHazardCheck hazard, StackConfig stack) => PolicyEvaluator.LevelOf(hazard.Id, hazard.DefaultLevel, stack);
}
