using System.Collections.Immutable;
using System.Text.Json;

namespace FleetInfra.Deploy.Running;

/// <summary>
/// Replaces every known secret value with <c>[secret]</c>. Shared by all stacks of a run (a secret of one stack
/// never shows in another's lines either); safe to use from several threads.
/// <para>
/// What is masked: each secret whole, each line of a multi-line secret (output is printed line by line), and each
/// string or number inside a JSON secret; each of them only when it is at least <see cref="MinimumLength"/>
/// characters long and not <c>true</c>, <c>false</c> or <c>null</c>. Shorter values (a replica count of <c>12</c>,
/// a port of <c>443</c>) occur all over the engine's output: masking them would hide that output without hiding anything
/// that could not be guessed.
/// </para>
/// </summary>
public sealed class SecretMask
{
    public const string Replacement = "[secret]";

    /// <summary>Values shorter than this are not masked.</summary>
    public const int MinimumLength = 4;

    private readonly Lock _gate = new();
    private ImmutableArray<string> _secrets = [];

    /// <summary>Adds secret values; a JSON object or list also adds every string and number inside it.</summary>
    public void Add(IEnumerable<string> values)
    {
        var expanded = values.SelectMany(Expand).SelectMany(WholeAndLines).Where(IsWorthMasking);
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

    private static bool IsWorthMasking(string value) =>
        value.Length >= MinimumLength && value is not ("true" or "false" or "null");

    private static IEnumerable<string> WholeAndLines(string value)
    {
        yield return value;
        if (value.Contains('\n', StringComparison.Ordinal))
        {
            foreach (var line in value.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                yield return line;
            }
        }
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
