using System.Collections.Immutable;
using System.Text.RegularExpressions;
using FleetInfra.Core.Yaml;
using YamlDotNet.RepresentationModel;

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

    /// <summary>The compiled <see cref="Pattern"/> the parser checks with (from <see cref="ValuePatterns"/>).</summary>
    internal Regex? Regex { get; init; }

    /// <summary>What the value should be, for "expected ..." and "is empty; set ..." (like "a port name like http").</summary>
    internal string What { get; init; } = "a text value";

    /// <summary>The message for a text this spec does not accept: what is wrong and how to fix it.</summary>
    internal Func<string, string> Explain { get; init; } = text => $"'{text}' is not valid";

    public static TextSpec Any { get; } = new();

    public static TextSpec Matching(string pattern, int? maxLength = null) => new() { Pattern = pattern, MaxLength = maxLength };

    public static TextSpec OneOf(params string[] values) => new() { Enum = [.. values] };

    /// <summary>Text matching a pattern of <see cref="ValuePatterns"/>: the schema writes the pattern, the parser runs it.</summary>
    internal static TextSpec Matching(Regex regex, int? maxLength = null) => new() { Pattern = regex.ToString(), Regex = regex, MaxLength = maxLength };

    /// <summary>Whether the parser accepts <paramref name="text"/>: the pattern, the length, the enum and the refused values.</summary>
    internal bool Accepts(string text) =>
        (MaxLength is not { } max || text.Length <= max)
        && (Regex?.IsMatch(text) ?? true)
        && (Enum.IsEmpty || Enum.Contains(IgnoreCase ? text.ToUpperInvariant() : text))
        && !Refused.Contains(text);

    /// <summary>Reads a scalar this spec accepts; otherwise reports it (<see cref="Explain"/>) and returns false.</summary>
    internal bool TryRead(YamlReader reader, YamlNode node, string path, out string value)
    {
        if (!TryReadAny(reader, node, path, What, out value))
        {
            return false;
        }

        if (Accepts(value))
        {
            return true;
        }

        reader.Error(node, path, Explain(value));
        return false;
    }

    /// <summary>Reads a scalar as text without checking it: a rule checks it against the other keys.</summary>
    internal static bool TryReadAny(YamlReader reader, YamlNode node, string path, string what, out string value)
    {
        value = reader.String(node, path, what)!;
        return value is not null;
    }
}
