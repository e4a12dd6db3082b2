using System.Globalization;
using System.Text;
using System.Text.Json;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace FleetInfra.Components.Tests.Infra;

/// <summary>
/// A stack file's config as the Pulumi CLI hands it to a program: every value as text, lists and maps as JSON
/// with typed scalars (plain numbers and booleans unquoted, everything else a string).
/// </summary>
public static class PulumiCliConfig
{
    /// <summary>The values of one namespace (like <c>fleet</c>), by key without the namespace.</summary>
    public static IReadOnlyDictionary<string, string> Namespace(string stackFile, string configNamespace) =>
        All(stackFile)
            .Where(v => v.Key.StartsWith(configNamespace + ":", StringComparison.Ordinal))
            .ToDictionary(v => v.Key[(configNamespace.Length + 1)..], v => v.Value, StringComparer.Ordinal);

    /// <summary>Every value by full key (<c>fleet:clusters</c>, <c>aws:region</c>), as in <c>PULUMI_CONFIG</c>.</summary>
    public static IReadOnlyDictionary<string, string> All(string stackFile)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(stackFile))
        {
            stream.Load(reader);
        }

        var config = (YamlMappingNode)((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("config")];
        return config.Children.ToDictionary(
            c => ((YamlScalarNode)c.Key).Value!,
            c => c.Value is YamlScalarNode scalar ? scalar.Value ?? string.Empty : ToJson(c.Value),
            StringComparer.Ordinal);
    }

    private static string ToJson(YamlNode node)
    {
        var json = new StringBuilder();
        Write(node, json);
        return json.ToString();
    }

    private static void Write(YamlNode node, StringBuilder json)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                json.Append('{').AppendJoin(',', mapping.Children.Select(c => $"{JsonSerializer.Serialize(((YamlScalarNode)c.Key).Value)}:{ToJson(c.Value)}")).Append('}');
                break;
            case YamlSequenceNode sequence:
                json.Append('[').AppendJoin(',', sequence.Children.Select(ToJson)).Append(']');
                break;
            case YamlScalarNode { Style: ScalarStyle.Plain, Value: "true" or "false" } boolean:
                json.Append(boolean.Value);
                break;
            case YamlScalarNode { Style: ScalarStyle.Plain } plain when double.TryParse(plain.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out _):
                json.Append(plain.Value);
                break;
            case YamlScalarNode scalar:
                json.Append(JsonSerializer.Serialize(scalar.Value));
                break;
        }
    }
}
