using System.Collections.Immutable;
using FleetInfra.Deploy.Engine;
using FleetInfra.Deploy.Running;

namespace FleetInfra.Deploy.Reporting;

/// <summary>One row of the summary: a stack, what ran, how it ended, what changed, how long it took.</summary>
public sealed record StackResult
{
    public required string Stack { get; init; }

    public required DeployOperation Operation { get; init; }

    public required StackOutcome Outcome { get; init; }

    /// <summary>What the operation changed or would change (for <c>drift</c>: the preview's pending program changes).</summary>
    public ChangeCounts Changes { get; init; } = ChangeCounts.None;

    /// <summary><c>drift</c> only: what the refresh found changed in the cloud.</summary>
    public ChangeCounts? Refresh { get; init; }

    /// <summary>Every resource step other than <c>same</c>, in the order the engine announced them.</summary>
    public ImmutableArray<ResourceStep> Steps { get; init; } = [];

    public TimeSpan Duration { get; init; }

    /// <summary>One line saying why it failed, secrets masked.</summary>
    public string? Error { get; init; }

    /// <summary>The stack's outputs (for <c>outputs</c>), secret values replaced by <c>[secret]</c>.</summary>
    public ImmutableArray<StackOutputValue> Outputs { get; init; } = [];

    /// <summary>The run was interrupted while the engine held the stack's lock and the engine's cancel did not release it.</summary>
    public bool PossiblyLocked { get; init; }

    /// <summary>The rollout wave (from 1) the stack ran in with <c>--waves</c>; null without.</summary>
    public int? Wave { get; init; }
}
