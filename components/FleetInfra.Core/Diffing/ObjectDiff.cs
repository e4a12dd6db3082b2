using System.Collections.Immutable;

namespace FleetInfra.Core.Diffing;

/// <summary>One rendered Kubernetes object of a cluster that is added, removed, changed or replaced.</summary>
/// <param name="ApiVersion">Its apiVersion, like <c>apps/v1</c>.</param>
/// <param name="Kind">Its kind, like <c>Deployment</c>.</param>
/// <param name="Namespace">Its namespace; null for cluster-scoped objects (the Namespace itself).</param>
/// <param name="Name">Its name.</param>
/// <param name="App">The app whose file holds it.</param>
/// <param name="Change">What happens to it.</param>
/// <param name="Fields">The fields that differ, sorted by path; empty for added and removed objects.</param>
/// <param name="ImmutableFields">The changed fields Kubernetes refuses to update (<see cref="ImmutableFieldTable"/>), which make it <see cref="DiffChange.Replaced"/>.</param>
public sealed record ObjectDiff(
    string ApiVersion,
    string Kind,
    string? Namespace,
    string Name,
    string App,
    DiffChange Change,
    ImmutableArray<FieldChange> Fields,
    ImmutableArray<string> ImmutableFields)
{
    /// <summary><c>Kind namespace/name</c>, as messages name the object.</summary>
    public override string ToString() => Namespace is null ? $"{Kind} {Name}" : $"{Kind} {Namespace}/{Name}";
}
