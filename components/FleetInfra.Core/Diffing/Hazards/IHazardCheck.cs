using FleetInfra.Core.Policies;

namespace FleetInfra.Core.Diffing.Hazards;

/// <summary>A judgement <c>fleet diff</c> passes on every change: its id (FI101...), what it looks for and its default level.</summary>
public interface IHazardCheck
{
    /// <summary>The stable id used in <c>fleet:policies</c> and in every hazard, like <c>FI106</c>.</summary>
    string Id { get; }

    /// <summary>What it flags, in a few words, for <c>fleet policy list</c>.</summary>
    string Title { get; }

    /// <summary>The level when the stack does not set one in <c>fleet:policies</c>.</summary>
    PolicyLevel DefaultLevel { get; }
}

/// <summary>A hazard check with its rule: a pure function of the two sides and what changes between them.</summary>
internal interface IHazardRule : IHazardCheck
{
    IEnumerable<HazardFinding> Check(HazardContext context);
}
