using System.Collections.Immutable;
using FleetInfra.Core.Schema.Reading;

namespace FleetInfra.Core.Schema;

/// <summary>
/// One key of a <see cref="KeyTable"/>: its name, the shape of its value, what it means and its default, and for the
/// parser how its value is read and checked (<see cref="Read"/>).
/// </summary>
public sealed record KeySpec(string Name, ValueSpec Value, string Description)
{
    public bool Required { get; init; }

    /// <summary>
    /// A <see cref="Required"/> key that another key, when written, makes optional: a cluster that names a
    /// <c>class</c> gets its provider, version and node groups from the class. Null: required always.
    /// </summary>
    public string? RequiredUnless { get; init; }

    /// <summary>Keys that must be set too when this one is (<c>imageRegistry</c> needs <c>imageTag</c>).</summary>
    public ImmutableArray<string> Requires { get; init; } = [];

    /// <summary>The default as text, a whole number or a boolean; null when there is none (or it is computed).</summary>
    public object? Default { get; init; }

    /// <summary>How the parser reads the value into what it builds (see <see cref="KeyReading"/>); null for keys only the schema describes.</summary>
    internal KeyBinding? Read { get; init; }

    /// <summary>The message when a <see cref="Required"/> key is missing: "is missing; set ...".</summary>
    internal string? Missing { get; init; }
}
