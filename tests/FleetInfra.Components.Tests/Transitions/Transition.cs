using System.Collections.Immutable;

namespace FleetInfra.Components.Tests.Transitions;

/// <summary>What <c>pulumi up</c> does from one snapshot to the next, and every invariant broken on the way.</summary>
internal sealed record TransitionResult(ImmutableArray<ResourceChange> Changes, ImmutableArray<Step> Steps, ImmutableArray<string> Violations)
{
    /// <summary><c>kind type name</c> of every change that is not <see cref="ChangeKind.Same"/>, sorted.</summary>
    public IEnumerable<string> Summary => Changes.Where(c => c.Kind != ChangeKind.Same)
        .Select(c => $"{c.Kind.ToString().ToLowerInvariant()} {c.Resource.Type} {c.Resource.Name}").Order(StringComparer.Ordinal);

    /// <summary>The names of the resources of <paramref name="type"/> with the change <paramref name="kind"/>, sorted.</summary>
    public IEnumerable<string> Named(ChangeKind kind, string type) =>
        Changes.Where(c => c.Kind == kind && c.Resource.Type == type).Select(c => c.Resource.Name).Order(StringComparer.Ordinal);

    public bool HasNoChanges => Changes.All(c => c.Kind == ChangeKind.Same);

    /// <summary>The index of the step of <paramref name="kind"/> on the resource named <paramref name="name"/>.</summary>
    public int IndexOf(StepKind kind, string name) => Steps.ToList().FindIndex(s => s.Kind == kind && s.Resource.Name == name);
}

/// <summary>
/// A transition test's engine: diff two snapshots (<see cref="ResourceDiff"/>), order the steps
/// (<see cref="StepOrder"/>), and walk them from the world the first snapshot built, checking <see cref="Invariants"/>
/// after every step.
/// </summary>
internal static class Transition
{
    public static TransitionResult Between(ResourceSnapshot before, ResourceSnapshot after)
    {
        var changes = ResourceDiff.Between(before, after);
        var steps = StepOrder.Of(changes, before, after);
        var start = Build(before);
        var end = steps.Aggregate(start, (world, step) => world.Apply(step));
        var (hostsBefore, tlsBefore) = Invariants.PublishedIn(start);
        var (hostsAfter, tlsAfter) = Invariants.PublishedIn(end);
        var invariants = new Invariants(hostsBefore.Intersect(hostsAfter), tlsBefore.Intersect(tlsAfter));

        var violations = new List<string>();
        var world = start;
        foreach (var (step, index) in steps.Select((step, index) => (step, index + 1)))
        {
            var next = world.Apply(step);
            violations.AddRange(invariants.Check(world, step, next).Select(v => $"step {index} ({step}): {v}"));
            world = next;
        }

        violations.AddRange(Invariants.ReleasesDoNotRaceTheControllerWebhook(steps, after).Select(v => $"while installing: {v}"));
        violations.AddRange(Invariants.NoRecordsLeftBehind(world).Select(v => $"after the last step: {v}"));
        return new TransitionResult(changes, steps, [.. violations.Distinct()]);
    }

    /// <summary>The world a snapshot's first <c>pulumi up</c> leaves.</summary>
    public static World Build(ResourceSnapshot snapshot) =>
        StepOrder.Of(ResourceDiff.Between(ResourceSnapshot.Empty, snapshot), ResourceSnapshot.Empty, snapshot)
            .Aggregate(World.Empty, (world, step) => world.Apply(step));
}
