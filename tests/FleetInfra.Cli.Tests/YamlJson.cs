using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FleetInfra.Core.Diagnostics;
using FleetInfra.Core.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace FleetInfra.Cli.Tests;

/// <summary>
/// YAML documents as the JSON an editor's schema check sees: YAML 1.2 core schema (plain <c>true</c> is a boolean,
/// plain <c>8080</c> a number, plain <c>yes</c> text, anything quoted text), read by the project's strict loader.
/// </summary>
internal static partial class YamlJson
{
    /// <summary>Each document of the file as JSON, or null when the loader refuses the file (syntax, encoding, limits).</summary>
    public static IReadOnlyList<JsonElement>? Documents(string path)
    {
        var diagnostics = new DiagnosticBag();
        var file = YamlFileLoader.Load(path, Path.GetFileName(path), diagnostics);
        if (file is null || diagnostics.HasErrors)
        {
            return null;
        }

        var documents = new List<JsonElement>();
        foreach (var document in file.Documents)
        {
            if (!TryConvert(document, out var node))
            {
                return null;
            }

            documents.Add(JsonSerializer.SerializeToElement(node));
        }

        return documents;
    }

    /// <summary>Every document of a multi-document YAML text (a manifest stream) as JSON.</summary>
    public static IReadOnlyList<JsonNode?> Stream(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return [.. stream.Documents.Select(d => TryConvert(d.RootNode, out var node) ? node : throw new InvalidDataException("a key is not plain text"))];
    }

    private static bool TryConvert(YamlNode yaml, out JsonNode? json)
    {
        json = null;
        switch (yaml)
        {
            case YamlMappingNode mapping:
                var obj = new JsonObject();
                foreach (var (key, value) in mapping.Children)
                {
                    if (key is not YamlScalarNode { Value: { } name } || !TryConvert(value, out var child) || obj.ContainsKey(name))
                    {
                        return false;
                    }

                    obj[name] = child;
                }

                json = obj;
                return true;
            case YamlSequenceNode sequence:
                var array = new JsonArray();
                foreach (var item in sequence.Children)
                {
                    if (!TryConvert(item, out var child))
                    {
                        return false;
                    }

                    array.Add(child);
                }

                json = array;
                return true;
            case YamlScalarNode scalar:
                json = Scalar(scalar);
                return true;
            default:
                return false;
        }
    }

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        if (scalar.Style is not (ScalarStyle.Plain or ScalarStyle.Any) || (!scalar.Tag.IsEmpty && !scalar.Tag.IsNonSpecific && scalar.Tag.Value == "tag:yaml.org,2002:str"))
        {
            return JsonValue.Create(text);
        }

        if (text is "" or "~" or "null" or "Null" or "NULL")
        {
            return null;
        }

        if (text is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
        {
            return JsonValue.Create(text.StartsWith('t') || text.StartsWith('T'));
        }

        if (IntegerPattern().IsMatch(text) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return JsonValue.Create(integer);
        }

        if (FloatPattern().IsMatch(text) && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return JsonValue.Create(number);
        }

        return JsonValue.Create(text);
    }

    [GeneratedRegex("^[-+]?[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex FloatPattern();
}
