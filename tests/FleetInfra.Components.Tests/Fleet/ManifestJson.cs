using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;
using k8s;

namespace FleetInfra.Components.Tests.Fleet;

/// <summary>
/// One canonical text for a Kubernetes object, whether it comes from the offline renderer or from the inputs a
/// Pulumi registration sent: keys sorted, nulls dropped, every number written the same way.
/// </summary>
public static class ManifestJson
{
    /// <summary>A rendered object, serialized by KubernetesClient exactly as the renderer does.</summary>
    public static string FromModel(IKubernetesObject model)
    {
        using var document = JsonDocument.Parse(KubernetesJson.Serialize(model));
        return Canonical(document.RootElement);
    }

    /// <summary>
    /// The inputs of a mock registration (dictionaries, arrays, strings, doubles, booleans), or inputs before they are
    /// sent (which also hold ints and JSON elements).
    /// </summary>
    public static string FromInputs(IDictionary inputs)
    {
        using var document = JsonDocument.Parse(JsonSerializer.Serialize(ToPlain(inputs)));
        return Canonical(document.RootElement);
    }

    public static string Canonical(JsonElement element)
    {
        var builder = new StringBuilder();
        Write(element, builder);
        return builder.ToString();
    }

    private static object? ToPlain(object? value) => value switch
    {
        null or string or bool or double or int or JsonElement => value,
        IDictionary dictionary => dictionary.Keys.Cast<string>().ToDictionary(k => k, k => ToPlain(dictionary[k]), StringComparer.Ordinal),
        IEnumerable list => list.Cast<object?>().Select(ToPlain).ToList(),
        _ => throw new InvalidOperationException($"unexpected mock input value {value.GetType().Name}"),
    };

    private static void Write(JsonElement element, StringBuilder builder)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                builder.Append('{');
                var first = true;
                foreach (var property in element.EnumerateObject().Where(p => p.Value.ValueKind != JsonValueKind.Null).OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    builder.Append(first ? string.Empty : ",").Append(JsonSerializer.Serialize(property.Name)).Append(':');
                    Write(property.Value, builder);
                    first = false;
                }

                builder.Append('}');
                break;
            case JsonValueKind.Array:
                builder.Append('[');
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    builder.Append(index++ == 0 ? string.Empty : ",");
                    Write(item, builder);
                }

                builder.Append(']');
                break;
            case JsonValueKind.Number:
                builder.Append(element.GetDouble().ToString("R", CultureInfo.InvariantCulture));
                break;
            default:
                builder.Append(element.GetRawText());
                break;
        }
    }
}
