using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using k8s;
using k8s.Models;

namespace FleetInfra.Core.Rendering.Emitting;

/// <summary>
/// The text of one scalar exactly as KubernetesYaml writes it. Common values (names, hosts, images, paths,
/// quantities, JSON-valued annotations) are decided here directly, so that a render never pays KubernetesYaml's
/// start-up (over half a second of reflection); any other value is written once by KubernetesYaml itself and cached.
/// </summary>
internal static partial class YamlScalars
{
    /// <summary>YamlDotNet's default line width: a quoted or spaced value that could reach it may be folded.</summary>
    public const int SafeLineWidth = 80;

    private const int MaxCachedValues = 100_000;

    private static readonly ConcurrentDictionary<string, string?> Strings = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string?> Converted = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string?> Keys = new(StringComparer.Ordinal);

    /// <summary>A one-line string value, or null when only KubernetesYaml can place it (too long to be sure, or odd characters).</summary>
    public static string? String(string value, int column)
    {
        // KubernetesYaml writes these bare, and YAML 1.1 readers such as kubectl's take them for numbers: quote them.
        if (ReadAsNumberByYaml11(value))
        {
            return Fits($"\"{value}\"", column);
        }

        if (IsPlainSafe(value))
        {
            if (IsPlainString(value))
            {
                return value;
            }

            if (YamlBooleansAndNulls.Contains(value) || (char.IsAsciiDigit(value[0]) && NullBoolOrNumber().IsMatch(value)))
            {
                return $"\"{value}\"";
            }
        }
        else if (IsSingleQuoted(value))
        {
            return Fits($"'{value}'", column);
        }

        return Fits(Lookup(Strings, value, static v => Value(new Dictionary<string, string> { ["k"] = v })), column);
    }

    /// <summary>
    /// Text of two or more lines as KubernetesYaml writes it under a key indented by <paramref name="keyIndent"/>:
    /// a literal block, <c>|-</c> (or <c>|</c> when the text ends with one line break), each line two spaces deeper
    /// than the key, empty lines left empty, indented lines kept (pretty-printed JSON, scripts). Null for text it may
    /// write differently (a first line starting with a space or tab, a line ending with one, control characters,
    /// Unicode line separators, characters outside the basic plane, several final line breaks, a single line): the
    /// caller hands those to KubernetesYaml.
    /// </summary>
    public static string? LiteralBlock(string value, int keyIndent)
    {
        var endsWithBreak = value.EndsWith('\n');
        var body = endsWithBreak ? value[..^1] : value;
        if (!body.Contains('\n', StringComparison.Ordinal) || !body.All(IsLiteralCharacter))
        {
            return null;
        }

        var lines = body.Split('\n');
        if (lines[0].Length == 0 || IsBlank(lines[0][0]) || lines[^1].Length == 0 || lines.Any(line => line.Length > 0 && IsBlank(line[^1])))
        {
            return null;
        }

        var text = new StringBuilder(endsWithBreak ? "|" : "|-");
        foreach (var line in lines)
        {
            text.Append('\n');
            if (line.Length > 0)
            {
                text.Append(' ', keyIndent + 2).Append(line);
            }
        }

        return text.ToString();
    }

    private static bool IsBlank(char c) => c is ' ' or '\t';

    private static bool IsLiteralCharacter(char c) =>
        c is '\n' or '\t' or (>= ' ' and <= '~') || (c >= '\u00A0' && c <= '\uFFFD' && !char.IsSurrogate(c) && c is not ('\u2028' or '\u2029' or '\uFEFF'));

    /// <summary>An IntOrString or ResourceQuantity value: its converter writes the text without the string quoting rules.</summary>
    public static string? ConvertedValue(string value, int column) =>
        IsPlainSafe(value)
            ? value
            : Fits(Lookup(Converted, value, static v => Value(new Dictionary<string, IntOrString> { ["k"] = v })), column);

    /// <summary>A mapping key (property names and dictionary keys), or null when it is not a simple one-line key.</summary>
    public static string? Key(string key)
    {
        if (IsPlainSafe(key) && IsPlainString(key))
        {
            return key;
        }

        var text = Lookup(Keys, key, static k =>
        {
            var yaml = ReferenceYamlEmitter.TrySerialize(new Dictionary<string, string> { [k] = "v" })!.ReplaceLineEndings("\n").TrimEnd('\n');
            return yaml.EndsWith(": v", StringComparison.Ordinal) ? yaml[..^": v".Length] : null;
        });
        return text is null || text.StartsWith('?') || text.Contains('\n', StringComparison.Ordinal) ? null : text;
    }

    /// <summary>
    /// YAML 1.1 booleans and nulls: KubernetesYaml double-quotes exactly these among words of letters
    /// (checked against it for every upper/lower-case variant of yes, no, on, off, true, false, null, nan, inf and more).
    /// </summary>
    private const int MaxBooleanOrNullLength = 5;

    private static readonly HashSet<string> YamlBooleansAndNulls = new(StringComparer.Ordinal)
    {
        "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
        "on", "On", "ON", "off", "Off", "OFF", "null", "Null", "NULL",
    };

    /// <summary>
    /// Plain-safe text that cannot read back as a boolean, null, number or date under YAML 1.1 or 1.2, so no
    /// quoting rule applies: it starts with a slash, or is a letter-first word that is not a boolean or null, or is
    /// digit-first with a character no number or date has (a slash, %, @, a letter other than the hex digits and
    /// x, o, t, z, or a dash that is neither an exponent sign nor the dash after a four-digit year).
    /// </summary>
    private static bool IsPlainString(string value)
    {
        var first = value[0];
        if (first == '/')
        {
            return true;
        }

        if (char.IsAsciiLetter(first))
        {
            return value.Length > MaxBooleanOrNullLength || !YamlBooleansAndNulls.Contains(value);
        }

        for (var i = 1; i < value.Length; i++)
        {
            var c = value[i];
            if (c is '/' or '%' or '@'
                || (char.IsAsciiLetter(c) && !char.IsAsciiHexDigit(c) && c is not ('x' or 'X' or 'o' or 'O' or 't' or 'T' or 'z' or 'Z'))
                || (c == '-' && value[i - 1] is not ('e' or 'E') && !(i == 4 && char.IsAsciiDigit(value[1]) && char.IsAsciiDigit(value[2]) && char.IsAsciiDigit(value[3]))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// One-line printable ASCII text that YAML cannot write plain because of an indicator (a leading
    /// <c>#,[]{}&amp;*!|&gt;"%@`</c>, or <c>": "</c> or <c>" #"</c> inside, and no single quote): YamlDotNet single-quotes it.
    /// </summary>
    private static bool IsSingleQuoted(string value)
    {
        if (value.Length == 0 || value[0] == ' ' || value[^1] == ' ')
        {
            return false;
        }

        foreach (var c in value)
        {
            // With a quote inside, YamlDotNet sometimes prefers double quotes: leave those to KubernetesYaml.
            if (c is < ' ' or > '~' or '\'')
            {
                return false;
            }
        }

        return value[0] is '#' or ',' or '[' or ']' or '{' or '}' or '&' or '*' or '!' or '|' or '>' or '"' or '%' or '@' or '`'
            || value.Contains(": ", StringComparison.Ordinal)
            || value.Contains(" #", StringComparison.Ordinal);
    }

    /// <summary>
    /// Letters, digits and <c>- . _ / : % @ +</c>, starting with a letter, digit or slash, with no colon last: text that
    /// YAML syntax allows plain at any indentation (whether it must be quoted as null, bool or number is decided apart).
    /// </summary>
    public static bool IsPlainSafe(string value) =>
        value.Length > 0 && (char.IsAsciiLetterOrDigit(value[0]) || value[0] == '/') && value[^1] != ':' && !value.AsSpan().ContainsAnyExcept(PlainCharacters);

    private static readonly SearchValues<char> PlainCharacters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._/:%@+");

    /// <summary>
    /// Text that YAML 1.1 reads as an integer or float (hex, octal and binary integers, digits with '_', a leading
    /// '+', sexagesimal 1:30, .5, .inf, .nan). KubernetesYaml quotes only some of these; the writer double-quotes them
    /// all, so that YAML 1.1 readers such as kubectl's keep them as text. The one place it differs from KubernetesYaml.
    /// </summary>
    public static bool ReadAsNumberByYaml11(string value) =>
        value.Length > 0 && (char.IsAsciiDigit(value[0]) || value[0] is '+' or '-' or '.') && Yaml11Number().IsMatch(value);

    [GeneratedRegex(
        @"^[-+]?(0b[01_]+|0[0-7_]+|0o[0-7]+|0x[0-9a-fA-F_]+|[0-9][0-9_]*|[1-9][0-9_]*(:[0-5]?[0-9])+)$"
        + @"|^[-+]?(\.[0-9]+|[0-9][0-9_]*(\.[0-9_]*)?)([eE][-+]?[0-9]+)?$|^[-+]?\.(inf|Inf|INF)$|^\.(nan|NaN|NAN)$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Yaml11Number();

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
                var yaml = ReferenceYamlEmitter.TrySerialize(map)!.ReplaceLineEndings("\n").TrimEnd('\n');
        if (!yaml.StartsWith("k: ", StringComparison.Ordinal))
        {
            return null;
        }

        // A block scalar (| or >) keeps its content on the following lines, which the trim above may have removed.
        var text = yaml["k: ".Length..];
        return text.Contains('\n', StringComparison.Ordinal) || text.StartsWith('|') || text.StartsWith('>') ? null : text;
    }
}
