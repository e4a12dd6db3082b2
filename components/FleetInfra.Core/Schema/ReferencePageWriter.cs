using System.Globalization;
using System.Text;

namespace FleetInfra.Core.Schema;

/// <summary>
/// Turns a <see cref="KeyTable"/> into a Markdown reference page: one section per table, in the order they are first
/// reached from the root, each key with its value, default and meaning. Output is byte-stable.
/// </summary>
public sealed class ReferencePageWriter
{
    private readonly List<(string Name, KeyTable Table)> _sections = [];
    private readonly Dictionary<KeyTable, string> _names = new(ReferenceEqualityComparer.Instance);

    private ReferencePageWriter()
    {
    }

    /// <summary>The page for files whose root mapping is <paramref name="root"/>; <paramref name="source"/> names the tables' file.</summary>
    public static string Page(KeyTable root, string title, string source, string schemaFile)
    {
        var writer = new ReferencePageWriter();
        writer.Collect(root, "top level");
        var page = new StringBuilder();
        page.Append(CultureInfo.InvariantCulture, $"# {Prose(title)}\n\n");
        page.Append(CultureInfo.InvariantCulture,
            $"<!-- Generated from {source} by `fleet schema --out schemas --docs docs/reference`; a test keeps it current. Edit the key table, not this page. -->\n\n");
        page.Append(CultureInfo.InvariantCulture,
            $"Each key below is read by `fleet validate`, described for editors by `schemas/{schemaFile}`, and listed here, all from one key table (`{source}`). ");
        page.Append("`fleet validate` also checks the rules across keys (a minimum against its maximum, keys of one provider only) and across files (app names).\n");
        foreach (var (name, table) in writer._sections)
        {
            writer.Section(page, name, table);
        }

        return page.ToString();
    }

    private void Collect(KeyTable table, string fallbackName)
    {
        if (_names.ContainsKey(table))
        {
            return;
        }

        var name = table.Definition ?? fallbackName;
        _names[table] = name;
        _sections.Add((name, table));
        foreach (var key in table.Keys)
        {
            CollectIn(key.Value, key.Name);
        }
    }

    private void CollectIn(ValueSpec value, string keyName)
    {
        switch (value)
        {
            case KeyTable table:
                Collect(table, keyName);
                break;
            case ListSpec list:
                CollectIn(list.Items, keyName);
                break;
            case MapSpec map:
                CollectIn(map.Values, keyName);
                break;
            case AnyOfSpec anyOf:
                foreach (var option in anyOf.Options)
                {
                    CollectIn(option, keyName);
                }

                break;
        }
    }

    private void Section(StringBuilder page, string name, KeyTable table)
    {
        var prefix = table.NamespacePrefix ?? string.Empty;
        page.Append(CultureInfo.InvariantCulture, $"\n## {name}\n\n{Prose(table.Description)}");
        if (table.NamespacePrefix is not null)
        {
            page.Append(CultureInfo.InvariantCulture, $" Keys of other namespaces than `{prefix}` are left to their providers.");
        }

        if (table.ExactlyOne)
        {
            page.Append(" Set exactly one of these keys.");
        }

        page.Append("\n\n| key | value | default | meaning |\n| --- | --- | --- | --- |\n");
        foreach (var key in table.Keys)
        {
            var required = key.Required ? key.RequiredUnless is { } unless ? $" (required unless `{unless}` is set)" : " (required)" : string.Empty;
            var requires = key.Requires.IsEmpty ? string.Empty : $" Needs {Codes(key.Requires.Select(k => prefix + k))}.";
            page.Append(CultureInfo.InvariantCulture,
                $"| `{prefix}{key.Name}`{required} | {Cell(Describe(key.Value))} | {Cell(Default(key.Default))} | {Cell(Prose(key.Description) + requires)} |\n");
        }

        foreach (var rule in table.Rules)
        {
            page.Append(CultureInfo.InvariantCulture, $"\nWhen `{prefix}{rule.When}` is `{rule.Is}`:");
            if (!rule.Forbidden.IsEmpty)
            {
                page.Append(CultureInfo.InvariantCulture, $" {Codes(rule.Forbidden.Select(k => prefix + k))} must not be set.");
            }

            if (!rule.Required.IsEmpty)
            {
                page.Append(CultureInfo.InvariantCulture, $" {Codes(rule.Required.Select(k => prefix + k))} must be set.");
            }

            if (!rule.RequiredOtherwise.IsEmpty)
            {
                page.Append(CultureInfo.InvariantCulture, $" Otherwise {Codes(rule.RequiredOtherwise.Select(k => prefix + k))} must be set.");
            }

            page.Append('\n');
        }
    }

    private string Describe(ValueSpec value) => value switch
    {
        KeyTable table => $"[{_names[table]}](#{Anchor(_names[table])})",
        TextSpec text => Text(text),
        IntegerSpec integer => $"whole number, {integer.Minimum} to {integer.Maximum}",
        FractionSpec fraction => $"number with a fraction, {fraction.Minimum.ToString(CultureInfo.InvariantCulture)} to {fraction.Maximum.ToString(CultureInfo.InvariantCulture)}",
        BooleanSpec => "`true` or `false`",
        ListSpec list => $"list of {Describe(list.Items)}"
            + (list.MinItems > 0 ? $", at least {list.MinItems}" : string.Empty)
            + (list.MaxItems is { } maxItems ? $", at most {maxItems}" : string.Empty),
        MapSpec map => $"map of names ({Text(map.Keys)}) to {Describe(map.Values)}"
            + (map.MinEntries is { } min && map.MaxEntries == min ? $", exactly {min} {(min == 1 ? "entry" : "entries")}" : string.Empty)
            + (map.ValuesMayBeEmpty ? " (a value may be empty)" : string.Empty),
        AnyOfSpec anyOf => string.Join(", or ", anyOf.Options.Select(Describe)),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value.GetType().Name, "no reference form for this value"),
    };

    private static string Text(TextSpec text)
    {
        if (!text.Enum.IsEmpty)
        {
            return $"one of {string.Join(", ", text.Enum.Select(v => $"`{v}`"))}{(text.IgnoreCase ? " (any case)" : string.Empty)}";
        }

        var description = new StringBuilder(text.AcceptsAnyScalar ? "text, number or boolean" : "text");
        if (text.Pattern is { } pattern)
        {
            description.Append(CultureInfo.InvariantCulture, $" matching `{pattern}`");
        }

        if (text.MaxLength is { } maxLength)
        {
            description.Append(CultureInfo.InvariantCulture, $", at most {maxLength} characters");
        }

        if (!text.Refused.IsEmpty)
        {
            description.Append(CultureInfo.InvariantCulture, $", not {string.Join(" or ", text.Refused.Select(v => $"`{v}`"))}");
        }

        return description.ToString();
    }

    private static string Default(object? value) => value switch
    {
        null => string.Empty,
        bool flag => flag ? "`true`" : "`false`",
        int number => $"`{number.ToString(CultureInfo.InvariantCulture)}`",
        string text => text.Length == 0 ? "empty" : $"`{text}`",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value.GetType().Name, "use text, a whole number or a boolean"),
    };

    /// <summary>Descriptions as text, not HTML: <c>&lt;app&gt;</c> would be read as a tag and disappear.</summary>
    private static string Prose(string text) => text.Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    private static string Codes(IEnumerable<string> keys) => string.Join(", ", keys.Select(k => $"`{k}`"));

    /// <summary>A table cell: '|' escaped (GitHub reads it as a column break even inside code), one line.</summary>
    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");

    /// <summary>GitHub's heading anchor: lower case, spaces as '-', other punctuation dropped.</summary>
    private static string Anchor(string heading) =>
        string.Concat(heading.ToLowerInvariant().Where(c => char.IsLetterOrDigit(c) || c is '-' or '_' or ' ')).Replace(' ', '-');
}
