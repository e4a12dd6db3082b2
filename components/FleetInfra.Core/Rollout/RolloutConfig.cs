using System.Collections.Immutable;
using FleetInfra.Core.Diagnostics;
using FleetInfra.Core.Placement;

namespace FleetInfra.Core.Rollout;

/// <summary>One wave as written: a selector or a cumulative percentage.</summary>
public sealed record WaveSpec(ClusterSelector? Selector, int? Percent, SourceLocation Source, string FieldPath)
{
    public override string ToString() => Selector is { } selector ? selector.ToString() : $"{Percent}%";
}

/// <summary><c>fleet:rollout</c>: the waves in order and the pause after each.</summary>
public sealed record RolloutConfig(ImmutableArray<WaveSpec> Waves, int PauseSeconds, SourceLocation Source)
{
    /// <summary>Whether two stacks state the same rollout (for ordering the stacks of a fleet).</summary>
    public bool SameAs(RolloutConfig other) =>
        PauseSeconds == other.PauseSeconds && Waves.Select(w => w.ToString()).SequenceEqual(other.Waves.Select(w => w.ToString()));
}
