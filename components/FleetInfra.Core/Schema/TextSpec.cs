using System.Collections.Immutable;

namespace FleetInfra.Core.Schema;

/// <summary>A text scalar: an optional pattern, length limits, allowed values (<see cref="Enum"/>) and refused values.</summary>
public sealed record TextSpec : ValueSpec
{
    /// <summary>An ECMAScript-compatible regular expression the whole text must match (anchored with ^ and $).</summary>
    public string? Pattern { get; init; }

    public int? MaxLength { get; init; }

    /// <summary>The only values allowed; empty for any.</summary>
    public ImmutableArray<string> Enum { get; init; } = [];

    /// <summary>Whether <see cref="Enum"/> is matched ignoring case (the parser upper-cases the text first).</summary>
    public bool IgnoreCase { get; init; }

    /// <summary>Values refused even when they match <see cref="Pattern"/>, like the mutable tag <c>latest</c>.</summary>
    public ImmutableArray<string> Refused { get; init; } = [];

    /// <summary>Numbers and booleans are read as their text too (environment variables, labels).</summary>
    public bool AcceptsAnyScalar { get; init; }

    public static TextSpec Any { get; } = new();

    public static TextSpec Matching(string pattern, int? maxLength = null) => new() { Pattern = pattern, MaxLength = maxLength };

    public static TextSpec OneOf(params string[] values) => new() { Enum = [.. values] };
}
