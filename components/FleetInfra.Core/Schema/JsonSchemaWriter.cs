using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace FleetInfra.Core.Schema;

/// <summary>
/// Turns a <see cref="KeyTable"/> into a JSON Schema (2020-12) document. Named tables go to <c>$defs</c> once and
/// are referenced; everything else is written inline, in table order, so the output is byte-stable.
/// </summary>
public sealed class JsonSchemaWriter
{
    public const string Dialect = "https://json-schema.org/draft/2020-12/schema";

    private readonly SortedDictionary<string, JsonObject?> _definitions = new(StringComparer.Ordinal);

    private JsonSchemaWriter()
    {
    }

    /// <summary>A whole schema document for files whose root mapping is <paramref name="root"/>.</summary>
    public static JsonObject Document(KeyTable root, string title)
    {
        var writer = new JsonSchemaWriter();
        var body = writer.Table(root, inline: true);
        var document = new JsonObject
        {
            ["$schema"] = Dialect,
            ["title"] = title,
        };
        foreach (var (key, value) in body.ToList())
        {
            body.Remove(key);
            document[key] = value;
        }

        if (writer._definitions.Count > 0)
        {
            var definitions = new JsonObject();
            foreach (var (name, definition) in writer._definitions)
            {
                definitions[name] = definition;
            }

            document["$defs"] = definitions;
        }

        return document;
    }

    private JsonObject Value(ValueSpec spec) => spec switch
    {
        KeyTable table => Table(table, inline: false),
        TextSpec text => Text(text),
        IntegerSpec integer => new JsonObject { ["type"] = "integer", ["minimum"] = integer.Minimum, ["maximum"] = integer.Maximum },
        FractionSpec fraction => new JsonObject
        {
            ["type"] = "number",
            ["minimum"] = fraction.Minimum,
            ["maximum"] = fraction.Maximum,
            ["not"] = new JsonObject { ["type"] = "integer" },
        },
        BooleanSpec => new JsonObject { ["type"] = "boolean" },
        ListSpec list => List(list),
        MapSpec map => Map(map),
        AnyOfSpec anyOf => new JsonObject { ["anyOf"] = new JsonArray([.. anyOf.Options.Select(o => (JsonNode)Value(o))]) },
        _ => throw new ArgumentOutOfRangeException(nameof(spec), spec.GetType().Name, "no JSON Schema form for this value"),
    };

    private static JsonObject Text(TextSpec text)
    {
        var schema = new JsonObject
        {
            ["type"] = text.AcceptsAnyScalar ? new JsonArray("string", "number", "boolean") : "string",
        };
        if (text.Pattern is not null)
        {
            schema["pattern"] = text.Pattern;
        }

        if (text.MaxLength is { } maxLength)
        {
            schema["maxLength"] = maxLength;
        }

        if (!text.Enum.IsEmpty && text.IgnoreCase)
        {
            schema["anyOf"] = new JsonArray(
                new JsonObject { ["enum"] = Strings(text.Enum) },
                new JsonObject { ["pattern"] = $"^({string.Join('|', text.Enum.Select(CaseInsensitive))})$" });
        }
        else if (!text.Enum.IsEmpty)
        {
            schema["enum"] = Strings(text.Enum);
        }

        if (!text.Refused.IsEmpty)
        {
            schema["not"] = new JsonObject { ["enum"] = Strings(text.Refused) };
        }

        return schema;
    }

    private JsonObject List(ListSpec list)
    {
        var schema = new JsonObject { ["type"] = "array", ["items"] = Value(list.Items) };
        if (list.MinItems > 0)
        {
            schema["minItems"] = list.MinItems;
        }

        if (list.MaxItems is { } maxItems)
        {
            schema["maxItems"] = maxItems;
        }

        return schema;
    }

    private JsonObject Map(MapSpec map)
    {
        var keys = Text(map.Keys);
        var values = Value(map.Values);
        var schema = new JsonObject
        {
            ["type"] = "object",
            ["propertyNames"] = keys,
            ["additionalProperties"] = map.ValuesMayBeEmpty
                ? new JsonObject { ["anyOf"] = new JsonArray(values, new JsonObject { ["type"] = "null" }) }
                : values,
        };
        if (map.MinEntries is { } min)
        {
            schema["minProperties"] = min;
        }

        if (map.MaxEntries is { } max)
        {
            schema["maxProperties"] = max;
        }

        return schema;
    }

    private JsonObject Table(KeyTable table, bool inline)
    {
        if (!inline && table.Definition is { } name)
        {
            if (!_definitions.ContainsKey(name))
            {
                _definitions[name] = null;
                _definitions[name] = Table(table, inline: true);
            }

            return new JsonObject { ["$ref"] = $"#/$defs/{name}" };
        }

        var prefix = table.NamespacePrefix ?? string.Empty;
        var properties = new JsonObject();
        foreach (var key in table.Keys)
        {
            properties[prefix + key.Name] = Property(key);
        }

        var schema = new JsonObject
        {
            ["type"] = "object",
            ["description"] = table.Description,
            ["properties"] = properties,
        };
        var required = table.Keys.Where(k => k.Required && k.RequiredUnless is null).Select(k => prefix + k.Name).ToArray();
        if (required.Length > 0)
        {
            schema["required"] = Strings(required);
        }

        if (table.NamespacePrefix is null)
        {
            schema["additionalProperties"] = false;
        }
        else
        {
            // Keys of other namespaces (aws:, gcp:) pass; a key in this namespace must be one of the table's.
            schema["propertyNames"] = new JsonObject
            {
                ["anyOf"] = new JsonArray(
                    new JsonObject { ["not"] = new JsonObject { ["pattern"] = "^" + Regex.Escape(prefix) } },
                    new JsonObject { ["enum"] = Strings(table.Keys.Select(k => prefix + k.Name)) }),
            };
        }

        var dependencies = new JsonObject();
        foreach (var key in table.Keys.Where(k => !k.Requires.IsEmpty))
        {
            dependencies[prefix + key.Name] = Strings(key.Requires.Select(k => prefix + k));
        }

        if (dependencies.Count > 0)
        {
            schema["dependentRequired"] = dependencies;
        }

        if (table.ExactlyOne)
        {
            schema["minProperties"] = 1;
            schema["maxProperties"] = 1;
        }

        var rules = table.Rules.Select(r => (JsonNode)Rule(r, prefix))
            .Concat(table.Keys.Where(k => k.Required && k.RequiredUnless is not null).GroupBy(k => k.RequiredUnless!).Select(unless => (JsonNode)new JsonObject
            {
                ["if"] = new JsonObject { ["required"] = Strings([prefix + unless.Key]) },
                ["else"] = new JsonObject { ["required"] = Strings(unless.Select(k => prefix + k.Name)) },
            }))
            .ToArray();
        if (rules.Length > 0)
        {
            schema["allOf"] = new JsonArray(rules);
        }

        return schema;
    }

    private JsonObject Property(KeySpec key)
    {
        var schema = Value(key.Value);
        schema["description"] = key.Description;
        if (key.Default is { } value)
        {
            schema["default"] = value switch
            {
                string text => JsonValue.Create(text),
                int number => JsonValue.Create(number),
                bool flag => JsonValue.Create(flag),
                _ => throw new ArgumentOutOfRangeException(nameof(key), $"default of '{key.Name}' is a {value.GetType().Name}; use text, a whole number or a boolean"),
            };
        }

        return schema;
    }

    private static JsonObject Rule(KeyRule rule, string prefix)
    {
        var forbidden = new JsonObject();
        foreach (var key in rule.Forbidden)
        {
            forbidden[prefix + key] = false;
        }

        var then = new JsonObject();
        if (forbidden.Count > 0)
        {
            then["properties"] = forbidden;
        }

        if (!rule.Required.IsEmpty)
        {
            then["required"] = Strings(rule.Required.Select(k => prefix + k));
        }

        var schema = new JsonObject
        {
            ["if"] = new JsonObject
            {
                ["properties"] = new JsonObject { [prefix + rule.When] = new JsonObject { ["const"] = rule.Is } },
                ["required"] = Strings([prefix + rule.When]),
            },
        };
        if (then.Count > 0)
        {
            schema["then"] = then;
        }

        if (!rule.RequiredOtherwise.IsEmpty)
        {
            schema["else"] = new JsonObject { ["required"] = Strings(rule.RequiredOtherwise.Select(k => prefix + k)) };
        }

        return schema;
    }

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)JsonValue.Create(v))]);

    /// <summary><c>Http</c> as <c>[Hh][Tt][Tt][Pp]</c>: ECMAScript patterns have no inline case-insensitive flag.</summary>
    private static string CaseInsensitive(string value)
    {
        var pattern = new StringBuilder();
        foreach (var c in value)
        {
            var lower = char.ToLowerInvariant(c);
            var upper = char.ToUpperInvariant(c);
            pattern.Append(lower == upper ? Regex.Escape(c.ToString(CultureInfo.InvariantCulture)) : $"[{upper}{lower}]");
        }

        return pattern.ToString();
    }
}
