using System.Collections.Immutable;
using FleetInfra.Deploy.Engine;

namespace FleetInfra.Deploy.Tests;

/// <summary>What the fake engine does for one stack.</summary>
internal sealed record FakeScript
{
    public ImmutableArray<string> Lines { get; init; } = ["Previewing update (stack):", "Resources:", "    5 unchanged"];

    public ChangeCounts Changes { get; init; } = new(1, 2, 0, 0, 5);

    /// <summary>What a refresh in preview mode finds (drift in the cloud).</summary>
    public ChangeCounts RefreshChanges { get; init; } = new(0, 0, 0, 0, 8);

    public ImmutableArray<string> Secrets { get; init; } = [];

    public ImmutableArray<StackOutputValue> Outputs { get; init; } = [];

    /// <summary>Every operation throws a <see cref="StackEngineException"/> with this message.</summary>
    public string? FailWith { get; init; }

    /// <summary>Operations wait until stopped (cleanly, unless <see cref="IgnoresStop"/>) or killed.</summary>
    public bool Hang { get; init; }

    /// <summary>A hanging operation does not react to the clean stop, only to the forced one.</summary>
    public bool IgnoresStop { get; init; }

    /// <summary>The resource steps each operation announces.</summary>
    public ImmutableArray<ResourceStep> Steps { get; init; } = [];

    /// <summary>The engine's cancel fails (as it does on a file backend).</summary>
    public bool CancelFails { get; init; }

    /// <summary>Removing the stack from the backend fails.</summary>
    public bool RemoveFails { get; init; }
}
