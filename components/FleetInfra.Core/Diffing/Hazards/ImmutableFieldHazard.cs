using FleetInfra.Core.Intents;
using FleetInfra.Core.Policies;

namespace FleetInfra.Core.Diffing.Hazards;

/// <summary>FI101: an immutable field of a rendered object changes (<see cref="ImmutableFieldTable"/>), so the object is deleted and created again.</summary>
internal sealed class ImmutableFieldHazard : IHazardRule
{
    public string Id => "FI101";

    public string Title => "an immutable field changes, so the object is replaced";

    public PolicyLevel DefaultLevel => PolicyLevel.Error;

    public IEnumerable<HazardFinding> Check(HazardContext context) =>
        from cluster in context.Clusters
        from change in cluster.Objects
        where change.Change == DiffChange.Replaced
        select new HazardFinding(
            cluster.Name,
            context.AppSource(change.App, IntentKeys.Application),
            $"{change} on {cluster.Name} is replaced: Kubernetes refuses to change {string.Join(" and ", change.ImmutableFields)} of an existing {change.Kind}, so it is deleted and created again{(change.Kind is "Deployment" or "StatefulSet" or "DaemonSet" ? " and its pods stop before the new ones start" : string.Empty)}; to avoid the gap, create the new object under another name next to the old one, then remove the old one in a second change");
}
