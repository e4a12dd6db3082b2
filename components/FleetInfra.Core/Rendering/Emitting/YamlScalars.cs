using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using k8s;
using k8s.Models;

namespace FleetInfra.Core.Rendering.Emitting;

/// <summary>
/// The text of one scalar exactly as KubernetesYaml writes it. Common values (names, hosts, images, paths,
/// quantities) are decided here directly; any other value is written once by KubernetesYaml itself and cached.
/// </summary>
internal static partial class YamlScalars
{
    /// <summary>YamlDotNet's default line width: a quoted or spaced value that could reach it may be folded.</summary>
    public const int SafeLineWidth = 80;

    private const int MaxCachedValues = 100_000;

    private static readonly ConcurrentDictionary<string, string?> Strings = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string?> Converted = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string?> Keys = new(StringComparer.Ordinal);

    /// <summary>A string value, or null when only KubernetesYaml can place it (multi-line, too long to be sure).</summary>
    public static string? String(string value, int column)
    {
        if (IsPlainSafe(value))
        {
            if (value[0] == '/' || (char.IsAsciiLetter(value[0]) && !IsAllLetters(value)))
            {
                // Cannot read back as null, a boolean, a number or a date under any YAML schema.
                return value;
            }

            if (char.IsAsciiDigit(value[0]) && NullBoolOrNumber().IsMatch(value))
            {
                return $"\"{value}\"";
            }
        }

        return Fits(Lookup(Strings, value, static v => Value(new Dictionary<string, string> { ["k"] = v })), column);
    }

    /// <summary>An IntOrString or ResourceQuantity value: its converter writes the text without the string quoting rules.</summary>
    public static string? ConvertedValue(string value, int column) =>
        IsPlainSafe(value) && char.IsAsciiDigit(value[0])
            ? value
            : Fits(Lookup(Converted, value, static v => Value(new Dictionary<string, IntOrString> { ["k"] = v })), column);

    /// <summary>A mapping key (property names and dictionary keys), or null when it is not a simple one-line key.</summary>
    public static string? Key(string key)
    {
        if (IsPlainSafe(key) && (key[0] == '/' || (char.IsAsciiLetter(key[0]) && !IsAllLetters(key))))
        {
            return key;
        }

        var text = Lookup(Keys, key, static k =>
        {
            var yaml = KubernetesYaml.Serialize(new Dictionary<string, string> { [k] = "v" }).ReplaceLineEndings("\n").TrimEnd('\n');
            return yaml.EndsWith(": v", StringComparison.Ordinal) ? yaml[..^": v".Length] : null;
        });
        return text is null || text.StartsWith('?') || text.Contains('\n', StringComparison.Ordinal) ? null : text;
    }

    private static bool IsAllLetters(string value)
    {
        foreach (var c in value)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Letters, digits and <c>- . _ / : % @ +</c>, starting with a letter, digit or slash, with no colon last: text that
    /// YAML syntax allows plain at any indentation (whether it must be quoted as null, bool or number is decided apart).
    /// </summary>
    public static bool IsPlainSafe(string value)
    {
        if (value.Length == 0 || !(char.IsAsciiLetterOrDigit(value[0]) || value[0] == '/') || value[^1] == ':')
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '.' or '_' or '/' or ':' or '%' or '@' or '+'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>KubernetesClient's StringQuotingEmitter pattern: such strings are double-quoted.</summary>
    [GeneratedRegex(@"^(\~|null|true|false|-?(0|[1-9][0-9]*)(\.[0-9]*)?([eE][-+]?[0-9]+)?)?$")]
    private static partial Regex NullBoolOrNumber();

    private static string? Fits(string? text, int column) =>
        text is not null && column + text.Length <= SafeLineWidth ? text : null;

    private static string? Lookup(ConcurrentDictionary<string, string?> cache, string value, Func<string, string?> render)
    {
        if (cache.TryGetValue(value, out var text))
        {
            return text;
        }

        text = render(value);
        if (cache.Count < MaxCachedValues)
        {
            cache.TryAdd(value, text);
        }

        return text;
    }

    private static string? Value(object map)
    {
                var yaml = KubernetesYaml.Serialize(map).ReplaceLineEndings("\n").TrimEnd('\n');
        if (!yaml.StartsWith("k: ", StringComparison.Ordinal))
        {
            return null;
        }

        var text = yaml["k: ".Length..];
        return text.Contains('\n', StringComparison.Ordinal) ? null : text;
    }
}
