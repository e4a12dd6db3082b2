using System.Collections;
using System.Collections.Immutable;

namespace FleetInfra.Core.Schema;

/// <summary>
/// A mapping with a fixed set of keys: the table a parser checks keys against (unknown keys are errors) and the
/// source of the JSON Schema object with the same keys. Enumerating it gives the key names, in table order.
/// </summary>
public sealed record KeyTable : ValueSpec, IReadOnlyCollection<string>
{
    public KeyTable(string? definition, string description, params KeySpec[] keys)
    {
        Definition = definition;
        Description = description;
        Keys = [.. keys];
    }

    /// <summary>The name under <c>$defs</c> when the schema shares this table; null to write it inline.</summary>
    public string? Definition { get; init; }

    public string Description { get; init; }

    public ImmutableArray<KeySpec> Keys { get; init; }

    /// <summary>Conditions between keys, such as keys that apply to one provider only.</summary>
    public ImmutableArray<KeyRule> Rules { get; init; } = [];

    /// <summary>Exactly one of the keys must be set (a probe is <c>http</c> or <c>tcp</c>).</summary>
    public bool ExactlyOne { get; init; }

    /// <summary>
    /// Keys are written with this prefix (<c>fleet:</c>) beside keys of other namespaces, which are left alone;
    /// only unknown keys with the prefix are errors. Null: every key must be in the table.
    /// </summary>
    public string? NamespacePrefix { get; init; }

    public int Count => Keys.Length;

    public KeySpec this[string name] =>
        Find(name) ?? throw new KeyNotFoundException($"'{name}' is not a key of {Definition ?? Description}");

    /// <summary>The range of an integer key (for the parser's range check).</summary>
    public IntegerSpec Range(string name) => Integer(this[name].Value) ?? throw new InvalidOperationException($"'{name}' is not an integer key");

    /// <summary>The text rules of a text key (for the parser's enum or pattern check).</summary>
    public TextSpec Text(string name) => this[name].Value as TextSpec ?? throw new InvalidOperationException($"'{name}' is not a text key");

    /// <summary>This table with one key's value replaced, as a new definition.</summary>
    public KeyTable With(string definition, string name, ValueSpec value) =>
        this with { Definition = definition, Keys = [.. Keys.Select(k => k.Name == name ? k with { Value = value } : k)] };

    /// <summary>This table limited to <paramref name="names"/>, as a new definition.</summary>
    public KeyTable Only(string definition, string description, IReadOnlyCollection<string> names) =>
        this with { Definition = definition, Description = description, Keys = [.. Keys.Where(k => names.Contains(k.Name)).Select(k => k with { Required = false, Requires = [] })], Rules = [] };

    public bool Contains(string name) => Find(name) is not null;

    public IEnumerator<string> GetEnumerator() => Keys.Select(k => k.Name).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>A plain loop: parsers look keys up for every mapping they read.</summary>
    private KeySpec? Find(string name)
    {
        foreach (var key in Keys)
        {
            if (key.Name == name)
            {
                return key;
            }
        }

        return null;
    }

    private static IntegerSpec? Integer(ValueSpec value) => value switch
    {
        IntegerSpec integer => integer,
        AnyOfSpec anyOf => anyOf.Options.Select(Integer).FirstOrDefault(i => i is not null),
        _ => null,
    };
}
