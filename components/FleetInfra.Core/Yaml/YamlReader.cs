using System.Globalization;
using FleetInfra.Core.Diagnostics;
using FleetInfra.Core.Schema;
using FleetInfra.Core.Quantities;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace FleetInfra.Core.Yaml;

/// <summary>
/// Typed, strict reads from a YAML document model. Every wrong shape or value becomes a diagnostic
/// at the node's position with its field path; nothing throws.
/// </summary>
public sealed class YamlReader(string displayPath, DiagnosticBag diagnostics)
{
    public string DisplayPath { get; } = displayPath;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public SourceLocation At(YamlNode node) =>
        new(DisplayPath, (int)Math.Max(1, node.Start.Line), (int)Math.Max(1, node.Start.Column));

    public void Error(YamlNode node, string path, string message) => Diagnostics.Error(At(node), path, message);

    public void Warning(YamlNode node, string path, string message) => Diagnostics.Warning(At(node), path, message);

    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    public YamlMappingNode? Mapping(YamlNode node, string path, string example)
    {
        if (node is YamlMappingNode mapping)
        {
            return mapping;
        }

        Error(node, path, $"expected a mapping, got {Describe(node)}; write it as {example}");
        return null;
    }

    public YamlSequenceNode? Sequence(YamlNode node, string path, string example)
    {
        if (node is YamlSequenceNode sequence)
        {
            return sequence;
        }

        Error(node, path, $"expected a list, got {Describe(node)}; write it as {example}");
        return null;
    }

    /// <summary>
    /// The entries of a mapping whose keys must come from <paramref name="knownKeys"/>. Unknown keys are
    /// reported with a did-you-mean hint; non-scalar and null keys are reported and skipped.
    /// </summary>
    public YamlFields Fields(YamlMappingNode mapping, string path, IReadOnlyCollection<string> knownKeys)
    {
        var fields = new Dictionary<string, (YamlScalarNode Key, YamlNode Value)>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { Length: > 0 } key } scalarKey)
            {
                Error(keyNode, path, "keys must be plain names; remove this entry");
                continue;
            }

            if (!(knownKeys is KeyTable table ? table.Contains(key) : knownKeys.Contains(key)))
            {
                var hint = Suggestions.DidYouMean(key, knownKeys);
                Error(keyNode, Join(path, key),
                    $"unknown key '{key}'{hint}; allowed keys: {string.Join(", ", knownKeys.Order(StringComparer.Ordinal))}");
                continue;
            }

            fields[key] = (scalarKey, value);
        }

        return new YamlFields(fields);
    }

    public string? String(YamlNode node, string path, string what)
    {
        if (node is YamlScalarNode scalar && !IsNull(node))
        {
            return scalar.Value;
        }

        Error(node, path, IsNull(node)
            ? $"is empty; set {what}"
            : $"expected {what}, got {Describe(node)}");
        return null;
    }

    /// <summary>A whole number within the range of a key table's <see cref="IntegerSpec"/>.</summary>
    public int? Integer(YamlNode node, string path, IntegerSpec range, string what) => Integer(node, path, range.Minimum, range.Maximum, what);

    public int? Integer(YamlNode node, string path, int min, int max, string what)
    {
        if (node is YamlScalarNode { Style: ScalarStyle.Plain, Value: { } text }
            && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            if (value >= min && value <= max)
            {
                return value;
            }

            Error(node, path, $"{value} is out of range; {what} must be between {min} and {max}");
            return null;
        }

        var unquote = node is YamlScalarNode { Style: ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted, Value: { } quoted }
            && int.TryParse(quoted, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)
                ? "; remove the quotes"
                : string.Empty;
        Error(node, path, $"expected {what} (a whole number from {min} to {max}), got {Describe(node)}{unquote}");
        return null;
    }

    public bool? Boolean(YamlNode node, string path)
    {
        if (node is YamlScalarNode { Style: ScalarStyle.Plain, Value: { } text })
        {
            switch (text)
            {
                case "true" or "True" or "TRUE":
                    return true;
                case "false" or "False" or "FALSE":
                    return false;
            }
        }

        Error(node, path, $"expected true or false, got {Describe(node)}");
        return null;
    }

    /// <summary>The items of a list of mappings, each with its field path (<c>path[i]</c>); other items are reported and skipped.</summary>
    internal IEnumerable<(YamlMappingNode Map, string Path)> MappingItems(YamlSequenceNode sequence, string path, string example)
    {
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            if (Mapping(sequence.Children[i], itemPath, example) is { } map)
            {
                yield return (map, itemPath);
            }
        }
    }

    /// <summary>A list of strings; a single scalar is not accepted as a one-element list.</summary>
    public IReadOnlyList<(string Value, YamlNode Node)> StringList(YamlNode node, string path, string what)
    {
        var result = new List<(string, YamlNode)>();
        if (Sequence(node, path, $"[{what}, ...]") is not { } sequence)
        {
            return result;
        }

        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var item = sequence.Children[i];
            if (String(item, $"{path}[{i}]", what) is { } value)
            {
                result.Add((value, item));
            }
        }

        return result;
    }

    /// <summary>A mapping of string keys to string values (labels, environment variables).</summary>
    public IReadOnlyList<(string Key, string Value, YamlNode KeyNode, YamlNode ValueNode)> StringMap(YamlNode node, string path, string example)
    {
        var result = new List<(string, string, YamlNode, YamlNode)>();
        if (Mapping(node, path, example) is not { } mapping)
        {
            return result;
        }

        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { Length: > 0 } key })
            {
                Error(keyNode, path, "keys must be plain names; remove this entry");
                continue;
            }

            if (valueNode is not YamlScalarNode scalar)
            {
                Error(valueNode, Join(path, key), $"expected a text value, got {Describe(valueNode)}; quote it as \"...\"");
                continue;
            }

            result.Add((key, IsNull(valueNode) ? string.Empty : scalar.Value ?? string.Empty, keyNode, valueNode));
        }

        return result;
    }

    /// <summary>A CPU quantity (an unquoted integer is millicores) up to <paramref name="maxMillicores"/>; null, reported, when malformed.</summary>
    public CpuQuantity? Cpu(YamlNode node, string path, int maxMillicores = CpuQuantity.MaxMillicores) =>
        Quantity(node, path, "a CPU quantity like 500m", (string text, bool isInteger, out CpuQuantity cpu, out string error) =>
            CpuQuantity.TryParse(text, isInteger, maxMillicores, out cpu, out error));

    /// <summary>A CPU quantity read as Kubernetes reads it, where an unquoted integer is cores (<c>2</c>, <c>500m</c>, <c>0.5</c>); null, reported, when malformed.</summary>
    public CpuQuantity? CpuCores(YamlNode node, string path) =>
        Quantity(node, path, "a CPU quantity like 2 (cores) or 500m", (string text, bool _, out CpuQuantity cpu, out string error) =>
            CpuQuantity.TryParse(text, isPlainInteger: false, out cpu, out error));

    /// <summary>A memory quantity (an unquoted integer is MB) up to <paramref name="maxBytes"/>; null, reported, when malformed.</summary>
    public MemoryQuantity? Memory(YamlNode node, string path, long maxBytes = MemoryQuantity.MaxBytes) =>
        Quantity(node, path, "a memory quantity like 512MB", (string text, bool isInteger, out MemoryQuantity memory, out string error) =>
            MemoryQuantity.TryParse(text, isInteger, maxBytes, out memory, out error));

    private delegate bool QuantityParser<T>(string text, bool isPlainInteger, out T quantity, out string error);

    /// <summary>Scalar text parsed as a quantity, where an unquoted integer means the smaller unit (millicores or MB).</summary>
    private T? Quantity<T>(YamlNode node, string path, string what, QuantityParser<T> parse)
        where T : struct
    {
        if (String(node, path, what) is not { } text)
        {
            return null;
        }

        var isInteger = text.Length is > 0 and <= 9 && node is YamlScalarNode { Style: ScalarStyle.Plain } && text.All(char.IsAsciiDigit);
        if (parse(text, isInteger, out var quantity, out var error))
        {
            return quantity;
        }

        Error(node, path, error);
        return null;
    }

    public static string Join(string path, string key) => string.IsNullOrEmpty(path) ? key : $"{path}.{key}";

    public static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode s when IsNull(s) => "nothing",
        YamlScalarNode { Style: ScalarStyle.Plain, Value: var v } when IsNumber(v) => $"the number {v}",
        YamlScalarNode { Style: ScalarStyle.Plain, Value: "true" or "false" or "True" or "False" } s => $"the boolean {s.Value}",
        YamlScalarNode s => $"the text '{Truncate(s.Value ?? string.Empty)}'",
        _ => "an unsupported node",
    };

    private static bool IsNumber(string? value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static string Truncate(string value) => value.Length <= 40 ? value : value[..40] + "...";
}
