using System.Collections.Immutable;

namespace FleetInfra.Core.Schema;

/// <summary>One key of a <see cref="KeyTable"/>: its name, the shape of its value, what it means and its default.</summary>
public sealed record KeySpec(string Name, ValueSpec Value, string Description)
{
    public bool Required { get; init; }

    /// <summary>Keys that must be set too when this one is (<c>imageRegistry</c> needs <c>imageTag</c>).</summary>
    public ImmutableArray<string> Requires { get; init; } = [];

    /// <summary>The default as text, a whole number or a boolean; null when there is none (or it is computed).</summary>
    public object? Default { get; init; }
}
