using System.Collections.Immutable;
using System.Text.Json;

namespace FleetInfra.Deploy.Running;

/// <summary>
/// Replaces every known secret value with <c>[secret]</c>. Shared by all stacks of a run (a secret of one stack
/// never shows in another's lines either); safe to use from several threads.
/// </summary>
public sealed class SecretMask
{
    public const string Replacement = "[secret]";

    private readonly Lock _gate = new();
    private ImmutableArray<string> _secrets = [];

    /// <summary>Adds secret values; a JSON object or list also adds every string and number inside it.</summary>
    public void Add(IEnumerable<string> values)
    {
        var expanded = values.SelectMany(Expand).Where(v => v.Length > 0);
        lock (_gate)
        {
            // Longest first, so that a secret containing another is replaced whole.
            _secrets = [.. _secrets.Concat(expanded).Distinct(StringComparer.Ordinal).OrderByDescending(s => s.Length).ThenBy(s => s, StringComparer.Ordinal)];
        }
    }

    public string Apply(string text)
    {
        var secrets = _secrets;
        foreach (var secret in secrets)
        {
            text = text.Replace(secret, Replacement, StringComparison.Ordinal);
        }

        return text;
    }

    private static IEnumerable<string> Expand(string value)
    {
        yield return value;
        if (value.Length == 0 || (value[0] != '{' && value[0] != '[' && value[0] != '"'))
        {
            yield break;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(value);
        }
        catch (JsonException)
        {
            yield break;
        }

        using (document)
        {
            foreach (var leaf in Leaves(document.RootElement))
            {
                yield return leaf;
            }
        }
    }

    private static IEnumerable<string> Leaves(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Leaves(p.Value)).ToList(),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Leaves).ToList(),
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Number => [element.GetRawText()],
        _ => [],
    };
}
