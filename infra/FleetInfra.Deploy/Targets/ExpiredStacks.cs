using FleetInfra.Core.Diagnostics;
using FleetInfra.Core.Planning;

namespace FleetInfra.Deploy.Targets;

/// <summary>
/// The review environments past their time: apps-only stacks (<c>fleet:clustersFrom</c>) of the catalog whose
/// <c>fleet:expiresAt</c> is at or before a moment. Stacks that own clusters never expire.
/// </summary>
public static class ExpiredStacks
{
    public static IReadOnlyList<string> In(StackCatalog catalog, DateTimeOffset now) =>
    [
        .. catalog.Names.Where(name => FleetLoader.ParseStack(catalog.StackFile(name), name, new DiagnosticBag()) is { IsAppsOnly: true, ExpiresAt: { } expiresAt } && expiresAt <= now),
    ];
}
