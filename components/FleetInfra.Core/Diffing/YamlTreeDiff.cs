using System.Text;
using YamlDotNet.RepresentationModel;

namespace FleetInfra.Core.Diffing;

/// <summary>
/// The field-level difference of two YAML trees: mappings compared key by key whatever their order, lists item by item,
/// or by <c>name</c> when every item has a distinct one (containers, ports, env), so that a reordering is not a change.
/// </summary>
internal static class YamlTreeDiff
{
    private const int MaxValueLength = 160;

    public static List<FieldChange> Compare(YamlNode before, YamlNode after)
    {
        var changes = new List<FieldChange>();
        Compare(before, after, string.Empty, changes);
        changes.Sort((x, y) => string.CompareOrdinal(x.Path, y.Path));
        return changes;
    }

    private static void Compare(YamlNode? before, YamlNode? after, string path, List<FieldChange> changes)
    {
        switch (before, after)
        {
            case (null, null):
                return;
            case (YamlMappingNode b, YamlMappingNode a):
                var keys = b.Children.Keys.Concat(a.Children.Keys).OfType<YamlScalarNode>().Select(k => k.Value ?? string.Empty).Distinct(StringComparer.Ordinal);
                var beforeChildren = ChildrenByKey(b);
                var afterChildren = ChildrenByKey(a);
                foreach (var key in keys)
                {
                    Compare(beforeChildren.GetValueOrDefault(key), afterChildren.GetValueOrDefault(key), Join(path, key), changes);
                }

                return;
            case (YamlSequenceNode b, YamlSequenceNode a):
                if (NamesOf(b) is { } beforeNames && NamesOf(a) is { } afterNames)
                {
                    foreach (var name in beforeNames.Keys.Concat(afterNames.Keys).Distinct(StringComparer.Ordinal))
                    {
                        Compare(beforeNames.GetValueOrDefault(name), afterNames.GetValueOrDefault(name), $"{path}[{name}]", changes);
                    }
                }
                else
                {
                    for (var i = 0; i < Math.Max(b.Children.Count, a.Children.Count); i++)
                    {
                        Compare(i < b.Children.Count ? b.Children[i] : null, i < a.Children.Count ? a.Children[i] : null, $"{path}[{i}]", changes);
                    }
                }

                return;
            case (YamlScalarNode b, YamlScalarNode a) when b.Value == a.Value:
                return;
            default:
                if (before is not null && after is not null && before.Equals(after))
                {
                    return;
                }

                changes.Add(new FieldChange(path, before is null ? null : OneLine(before), after is null ? null : OneLine(after)));
                return;
        }
    }

    /// <summary>
    /// The value under <paramref name="key"/>: what <c>mapping.Children[new YamlScalarNode(key)]</c> finds, a key without a
    /// tag and with that text, without YamlDotNet's node comparison (it boxes the tags, and was a tenth of a large diff).
    /// </summary>
    internal static YamlNode? Child(YamlMappingNode mapping, string key)
    {
        foreach (var (name, value) in mapping.Children)
        {
            if (name is YamlScalarNode { Tag.IsEmpty: true } scalar && string.Equals(scalar.Value, key, StringComparison.Ordinal))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>Every value of the mapping that <see cref="Child"/> finds, by its key's text.</summary>
    private static Dictionary<string, YamlNode> ChildrenByKey(YamlMappingNode mapping)
    {
        var children = new Dictionary<string, YamlNode>(mapping.Children.Count, StringComparer.Ordinal);
        foreach (var (name, value) in mapping.Children)
        {
            if (name is YamlScalarNode { Tag.IsEmpty: true, Value: { } key })
            {
                children.TryAdd(key, value);
            }
        }

        return children;
    }

    /// <summary>The items by their <c>name</c>, when every item is a mapping with a distinct scalar name; else null.</summary>
    private static Dictionary<string, YamlNode>? NamesOf(YamlSequenceNode sequence)
    {
        var names = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var item in sequence.Children)
        {
            if (item is not YamlMappingNode mapping || Child(mapping, "name") is not YamlScalarNode { Value: { } name } || !names.TryAdd(name, item))
            {
                return null;
            }
        }

        return names.Count > 0 ? names : null;
    }

    /// <summary><c>a.b</c>, or <c>a["app.kubernetes.io/name"]</c> for keys that are not plain words.</summary>
    private static string Join(string path, string key) =>
        key.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-')
            ? path.Length == 0 ? key : $"{path}.{key}"
            : $"{path}[\"{key}\"]";

    /// <summary>A value as one line of flow YAML, shortened past <see cref="MaxValueLength"/> characters.</summary>
    internal static string OneLine(YamlNode node)
    {
        var text = new StringBuilder();
        Write(node, text);
        return text.Length > MaxValueLength ? string.Concat(text.ToString(0, MaxValueLength - 1), "…") : text.ToString();
    }

    private static void Write(YamlNode node, StringBuilder text)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                text.Append(scalar.Value);
                break;
            case YamlSequenceNode sequence:
                text.Append('[');
                for (var i = 0; i < sequence.Children.Count && text.Length <= MaxValueLength; i++)
                {
                    text.Append(i == 0 ? string.Empty : ", ");
                    Write(sequence.Children[i], text);
                }

                text.Append(']');
                break;
            case YamlMappingNode mapping:
                text.Append('{');
                var first = true;
                foreach (var (key, value) in mapping.Children)
                {
                    if (text.Length > MaxValueLength)
                    {
                        break;
                    }

                    text.Append(first ? string.Empty : ", ");
                    first = false;
                    Write(key, text);
                    text.Append(": ");
                    Write(value, text);
                }

                text.Append('}');
                break;
        }
    }
}
