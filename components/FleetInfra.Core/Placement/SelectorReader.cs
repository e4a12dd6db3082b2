using FleetInfra.Core.Diagnostics;
using FleetInfra.Core.Schema;
using FleetInfra.Core.Yaml;
using k8s.Models;
using YamlDotNet.RepresentationModel;

namespace FleetInfra.Core.Placement;

/// <summary>Reads a cluster selector (and <c>placement</c>) into <see cref="ClusterSelector"/>; every problem at its line.</summary>
internal static class SelectorReader
{
    private const string Example = "{ matchLabels: { tier: edge }, matchExpressions: [ { key: region, operator: In, values: [us-east-1] } ] }";

    /// <summary><c>placement: { clusters: { ... } }</c>.</summary>
    public static bool Placement(YamlReader reader, YamlNode node, string path, out ClusterSelector selector)
    {
        selector = null!;
        if (reader.Mapping(node, path, "{ clusters: " + Example + " }") is not { } map)
        {
            return false;
        }

        var fields = reader.Fields(map, path, PlacementKeys.Placement);
        if (fields["clusters"] is not { } clusters)
        {
            reader.Error(map, $"{path}.clusters", "is missing; select the clusters like clusters: " + Example);
            return false;
        }

        return Selector(reader, clusters, $"{path}.clusters", out selector);
    }

    public static bool Selector(YamlReader reader, YamlNode node, string path, out ClusterSelector selector)
    {
        selector = null!;
        if (reader.Mapping(node, path, Example) is not { } map)
        {
            return false;
        }

        var errorsBefore = reader.Diagnostics.ErrorCount;
        var fields = reader.Fields(map, path, PlacementKeys.Selector);
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        if (fields["matchLabels"] is { } matchLabels)
        {
            foreach (var (key, value, keyNode, valueNode) in reader.StringMap(matchLabels, $"{path}.matchLabels", "{ tier: edge }"))
            {
                if (Check(reader, keyNode, $"{path}.matchLabels.{key}", key, isKey: true) && Check(reader, valueNode, $"{path}.matchLabels.{key}", value, isKey: false))
                {
                    labels[key] = value;
                }
            }
        }

        var requirements = new List<V1LabelSelectorRequirement>();
        if (fields["matchExpressions"] is { } expressions && reader.Sequence(expressions, $"{path}.matchExpressions", "[ { key: region, operator: In, values: [us-east-1] } ]") is { } sequence)
        {
            foreach (var (item, itemPath) in reader.MappingItems(sequence, $"{path}.matchExpressions", "{ key: region, operator: In, values: [us-east-1] }"))
            {
                if (Requirement(reader, item, itemPath) is { } requirement)
                {
                    requirements.Add(requirement);
                }
            }
        }

        selector = new ClusterSelector(new V1LabelSelector { MatchExpressions = requirements.Count == 0 ? null : requirements, MatchLabels = labels.Count == 0 ? null : labels }, reader.At(map), path);
        return reader.Diagnostics.ErrorCount == errorsBefore;
    }

    private static V1LabelSelectorRequirement? Requirement(YamlReader reader, YamlMappingNode item, string path)
    {
        var fields = reader.Fields(item, path, PlacementKeys.Requirement);
        var key = fields["key"] is { } keyNode ? reader.String(keyNode, $"{path}.key", "a label key") : null;
        var op = fields["operator"] is { } opNode ? reader.String(opNode, $"{path}.operator", "In, NotIn, Exists or DoesNotExist") : null;
        if (key is null || op is null)
        {
            reader.Error(item, path, $"needs key and operator, like {{ key: region, operator: In, values: [us-east-1] }}");
            return null;
        }

        if (!Check(reader, fields["key"]!, $"{path}.key", key, isKey: true))
        {
            return null;
        }

        if (!PlacementKeys.Operators.Contains(op))
        {
            reader.Error(fields["operator"]!, $"{path}.operator", $"'{op}' is not a selector operator{Suggestions.DidYouMean(op, PlacementKeys.Operators)}; use In, NotIn, Exists or DoesNotExist");
            return null;
        }

        var values = fields["values"] is { } valuesNode ? reader.StringList(valuesNode, $"{path}.values", "a label value") : [];
        // Kubernetes' LabelSelector validation: In and NotIn need values, Exists and DoesNotExist take none.
        if (op is "In" or "NotIn" && values.Count == 0)
        {
            reader.Error(fields["values"] ?? item, $"{path}.values", $"{op} needs at least one value, like values: [us-east-1]");
            return null;
        }

        if (op is "Exists" or "DoesNotExist" && values.Count > 0)
        {
            reader.Error(fields["values"]!, $"{path}.values", $"{op} takes no values; remove them, or use In");
            return null;
        }

        return values.All(v => Check(reader, v.Node, $"{path}.values", v.Value, isKey: false))
            ? new V1LabelSelectorRequirement { Key = key, OperatorProperty = op, Values = values.Count == 0 ? null : [.. values.Select(v => v.Value)] }
            : null;
    }

    private static bool Check(YamlReader reader, YamlNode node, string path, string text, bool isKey)
    {
        var valid = isKey ? CompiledPatterns.LabelKey().IsMatch(text) : CompiledPatterns.LabelValue().IsMatch(text);
        if (!valid)
        {
            reader.Error(node, path, isKey
                ? $"'{text}' is not a valid label key; use an optional DNS prefix and '/', then letters, digits, '-', '_' or '.'"
                : $"'{text}' is not a valid label value; use at most 63 letters, digits, '-', '_' or '.'");
        }

        return valid;
    }
}
