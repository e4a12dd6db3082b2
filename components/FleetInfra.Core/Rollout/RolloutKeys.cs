using FleetInfra.Core.Placement;
using FleetInfra.Core.Schema;

namespace FleetInfra.Core.Rollout;

/// <summary>The keys of <c>fleet:rollout</c>: waves of clusters (or of stacks, for <c>fleet deploy --waves</c>) and the pause between them.</summary>
public static class RolloutKeys
{
    public const int MaxPauseSeconds = 86400;

    public static readonly KeyTable Wave = new("wave", "One wave: the clusters a selector matches, or the next clusters up to a percentage of all.",
        new KeySpec("clusters", PlacementKeys.Selector, "The clusters (not yet in an earlier wave) whose labels match."),
        new KeySpec("percent", new IntegerSpec(1, 100) { What = "a percentage" }, "Up to this percentage of all clusters, counting the earlier waves; percentages only grow."))
    {
        ExactlyOne = true,
    };

    public static readonly KeyTable Rollout = new("rollout", "Waves a change reaches clusters in: { waves: [ { clusters: {...} }, { percent: 25 }, { percent: 100 } ], pauseSeconds: 300 }.",
        new KeySpec("waves", new ListSpec(Wave) { MinItems = 1 }, "The waves, in order; clusters no wave takes form a last wave.") { Required = true },
        new KeySpec("pauseSeconds", new IntegerSpec(0, MaxPauseSeconds) { What = "seconds" }, "How long fleet deploy --waves waits after a wave succeeds.") { Default = 0 });
}
