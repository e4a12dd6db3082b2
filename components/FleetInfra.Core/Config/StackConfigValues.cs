using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FleetInfra.Core.Diagnostics;
using FleetInfra.Core.Yaml;

namespace FleetInfra.Core.Config;

/// <summary>
/// The <c>fleet:</c> keys as text, one value per key without the namespace, as Pulumi config hands them to a program
/// (structured values, lists and maps, as JSON), read by the same parser as the stack file.
/// </summary>
/// <remarks>
/// The values are written back as one YAML document, <c>config:</c> with one <c>fleet:key: value</c> line per key (JSON
/// is YAML), so every rule, default and message of <see cref="StackConfigParser"/> applies unchanged. The Pulumi program
/// reads <c>pulumi config</c> this way; the component package maps its inputs this way.
/// </remarks>
public static class StackConfigValues
{
    private static readonly JsonWriterOptions JsonText = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The stack config, or null with the errors in <paramref name="diagnostics"/>, which point at <paramref name="displayPath"/>.</summary>
    public static StackConfig? Parse(string displayPath, string stackName, IReadOnlyDictionary<string, string> values, string stackDirectory, DiagnosticBag diagnostics)
    {
        var yaml = YamlFileLoader.Parse(ToStackYaml(values), displayPath, diagnostics);
        return yaml is null ? null : StackConfigParser.Parse(yaml, stackName, stackDirectory, diagnostics);
    }

    /// <summary>A stack document with one line per key, sorted by key.</summary>
    public static string ToStackYaml(IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
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
    private static string Quote(string text)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, JsonText))
        {
            writer.WriteStringValue(text);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
