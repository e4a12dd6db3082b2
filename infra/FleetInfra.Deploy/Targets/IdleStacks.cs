using FleetInfra.Core.Diagnostics;
using FleetInfra.Core.Planning;

namespace FleetInfra.Deploy.Targets;

/// <summary>
/// The review environments to suspend: apps-only stacks of the catalog, not suspended yet, whose <c>fleet:lastChangeAt</c>
/// is <c>fleet:idleAfter</c> or more before a moment. Stacks that own clusters, and reviews that say they are production,
/// are never suspended.
/// </summary>
public static class IdleStacks
{
    public static IReadOnlyList<IdleReview> In(StackCatalog catalog, DateTimeOffset now) =>
    [
        .. catalog.Names
            .Select(name => FleetLoader.ParseStack(catalog.StackFile(name), name, new DiagnosticBag()) is { IsAppsOnly: true } stack ? IdleReview.Of(stack, now) : null)
            .OfType<IdleReview>(),
    ];
}
