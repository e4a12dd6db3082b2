using System.Collections.Immutable;

namespace FleetInfra.Components.Tests.Transitions;

/// <summary>
/// One resource as a Pulumi program registers it: what the engine diffs (type, name, inputs) and orders by (the keys of
/// the resources it depends on, through explicit <c>dependsOn</c>, its provider or the outputs its inputs came from).
/// </summary>
/// <param name="Key">The resource's identity across runs, <c>{stack}::{type}::{name}</c> (its URN without the parent chain, which this program keeps stable).</param>
/// <param name="Inputs">The inputs the program sent, as the mock monitor received them.</param>
/// <param name="PropertyDependencies">For each input, the keys of the resources its value was computed from.</param>
/// <param name="Dependencies">Every key this resource waits for: explicit, provider and property dependencies.</param>
/// <param name="IgnoreChanges">The <c>ignoreChanges</c> option: input paths whose changes are not diffed.</param>
/// <param name="Aliases">Keys this resource was known by before (the <c>aliases</c> option).</param>
/// <param name="IdentityOutputs">
/// The outputs that name this very object (its id, its ARN): a replacement gets new ones, so an input that contains one
/// changes with it, while an input derived otherwise (an ACM validation record's name) keeps its value.
/// </param>
internal sealed record SnapshotResource(
    string Key,
    string Stack,
    string Type,
    string Name,
    string? ProviderKey,
    ImmutableDictionary<string, object> Inputs,
    ImmutableDictionary<string, ImmutableHashSet<string>> PropertyDependencies,
    ImmutableHashSet<string> Dependencies,
    ImmutableArray<string> IgnoreChanges,
    bool DeleteBeforeReplace,
    ImmutableArray<string> Aliases,
    ImmutableArray<string> IdentityOutputs)
{
    public static string KeyOf(string stack, string type, string name) => $"{stack}::{type}::{name}";

    /// <summary>A resource with only what a unit test needs.</summary>
    public static SnapshotResource Of(string stack, string type, string name, ImmutableDictionary<string, object>? inputs = null, params string[] dependencies) => new(
        KeyOf(stack, type, name), stack, type, name, null, inputs ?? ImmutableDictionary<string, object>.Empty,
        ImmutableDictionary<string, ImmutableHashSet<string>>.Empty, [.. dependencies], [], false, [], []);
}

/// <summary>Every resource of one or more stacks after a run of the program, in registration order.</summary>
internal sealed record ResourceSnapshot(ImmutableArray<SnapshotResource> Resources)
{
    public static ResourceSnapshot Empty { get; } = new([]);

    public ImmutableDictionary<string, SnapshotResource> ByKey { get; } = Resources.ToImmutableDictionary(r => r.Key, StringComparer.Ordinal);

    /// <summary>Both stacks' resources in one snapshot (for stacks that share a zone or a project).</summary>
    public ResourceSnapshot With(ResourceSnapshot other) => new([.. Resources, .. other.Resources]);

    /// <summary>The snapshot with one resource's inputs changed, as <c>pulumi refresh</c> records drift.</summary>
    public ResourceSnapshot Refreshed(string key, Func<ImmutableDictionary<string, object>, ImmutableDictionary<string, object>> drift) =>
        new([.. Resources.Select(r => r.Key == key ? r with { Inputs = drift(r.Inputs) } : r)]);
}
