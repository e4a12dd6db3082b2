using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FleetInfra.Core.Config;
using FleetInfra.Core.Diagnostics;
using FleetInfra.Core.Yaml;

namespace FleetInfra.Program;

/// <summary>
/// The <c>fleet:</c> keys as Pulumi hands them to the program, read by the same parser as the stack file.
/// </summary>
/// <remarks>
/// Pulumi passes every config value as text, structured values (lists, maps) as JSON. They are written back as
/// one YAML document, <c>config:</c> with one <c>fleet:key: value</c> line per key (JSON is YAML), so every rule and
/// message of <see cref="StackConfigParser"/> applies unchanged.
/// </remarks>
internal static class PulumiStackConfig
{
    private static readonly JsonSerializerOptions JsonText = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Where diagnostics point: there is no file, the values come from <c>pulumi config</c>.</summary>
    public static string DisplayPath(string stackName) => $"pulumi config (stack {stackName})";

    /// <summary>The environment variable through which the Pulumi language host passes the whole stack config (JSON).</summary>
    public const string PulumiConfigVariable = "PULUMI_CONFIG";

    /// <summary>
    /// The <c>fleet:</c> keys that are set, read through Pulumi <c>Config("fleet")</c>, by key without the namespace:
    /// every known key, plus any other <c>fleet:</c> key in <see cref="PulumiConfigVariable"/> so that a misspelled key
    /// is reported (Pulumi's <c>Config</c> cannot list keys) instead of silently ignored.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Read(Pulumi.Config config)
    {
        var keys = new SortedSet<string>(StackKeys.Fleet, StringComparer.Ordinal);
        keys.UnionWith(FleetKeysIn(Environment.GetEnvironmentVariable(PulumiConfigVariable)));
        var values = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (config.Get(key) is { } value)
            {
                values[key] = value;
            }
        }

        return values;
    }

    /// <summary>The <c>fleet:</c> keys (without the namespace) of a <see cref="PulumiConfigVariable"/> value.</summary>
    public static IEnumerable<string> FleetKeysIn(string? pulumiConfig)
    {
        if (string.IsNullOrWhiteSpace(pulumiConfig))
        {
            return [];
        }

        using var document = JsonDocument.Parse(pulumiConfig);
        var prefix = StackKeys.Namespace + ":";
        return document.RootElement.EnumerateObject()
            // Older language hosts write keys as "fleet:config:key".
            .Select(p => p.Name.StartsWith(prefix + "config:", StringComparison.Ordinal) ? prefix + p.Name[(prefix.Length + "config:".Length)..] : p.Name)
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal))
            .Select(name => name[prefix.Length..])
            .ToList();
    }

    /// <summary>The stack config, or null with the errors in <paramref name="diagnostics"/>.</summary>
    public static StackConfig? Parse(string stackName, IReadOnlyDictionary<string, string> values, string stackDirectory, DiagnosticBag diagnostics)
    {
        var yaml = YamlFileLoader.Parse(ToStackYaml(values), DisplayPath(stackName), diagnostics);
        return yaml is null ? null : StackConfigParser.Parse(yaml, stackName, stackDirectory, diagnostics);
    }

    /// <summary>A stack document with one line per key, sorted by key.</summary>
    public static string ToStackYaml(IReadOnlyDictionary<string, string> values)
    {
        var text = new StringBuilder("config:\n");
        foreach (var (key, value) in values.OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            text.Append("  ").Append(StackKeys.Namespace).Append(':').Append(key).Append(": ").Append(ToYamlValue(value)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>
    /// JSON lists and maps as flow YAML; <c>true</c>/<c>false</c> plain, so they read as booleans; everything else a
    /// double-quoted string, so a value like <c>2026.11.25</c> or <c>1.33</c> stays the text it was.
    /// </summary>
    private static string ToYamlValue(string value)
    {
        if (value is "true" or "false")
        {
            return value;
        }

        if (value.TrimStart() is ['{', ..] or ['[', ..])
        {
            try
            {
                using var document = JsonDocument.Parse(value);
                var flow = new StringBuilder();
                WriteFlow(document.RootElement, flow);
                return flow.ToString();
            }
            catch (JsonException)
            {
                // Not JSON after all: keep it as the text it is.
            }
        }

        return Quote(value);
    }

    private static void WriteFlow(JsonElement element, StringBuilder flow)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                flow.Append('{');
                var first = true;
                foreach (var property in element.EnumerateObject())
                {
                    flow.Append(first ? string.Empty : ", ").Append(Quote(property.Name)).Append(": ");
                    WriteFlow(property.Value, flow);
                    first = false;
                }

                flow.Append('}');
                break;
            case JsonValueKind.Array:
                flow.Append('[');
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    flow.Append(index++ == 0 ? string.Empty : ", ");
                    WriteFlow(item, flow);
                }

                flow.Append(']');
                break;
            case JsonValueKind.String:
                flow.Append(Quote(element.GetString()!));
                break;
            default:
                // Numbers, true, false and null are the same in JSON and YAML.
                flow.Append(element.GetRawText());
                break;
        }
    }

    /// <summary>A JSON string literal, which is also a YAML double-quoted scalar.</summary>
    private static string Quote(string text) => JsonSerializer.Serialize(text, JsonText);
}
