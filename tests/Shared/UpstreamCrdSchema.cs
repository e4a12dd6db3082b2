using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace FleetInfra.Tests.Shared;

/// <summary>
/// The pinned upstream CRDs (<see cref="UpstreamCrds"/>, docs/crds.md) as strict JSON Schemas: the
/// <c>openAPIV3Schema</c> of one served version, with undeclared fields made errors as the API server's strict
/// field validation does. CEL rules (<c>x-kubernetes-validations</c>) are not run.
/// </summary>
public static class UpstreamCrdSchema
{
    /// <summary>
    /// The schema of <paramref name="version"/> of the CRD file <paramref name="fileName"/> (one of <see cref="UpstreamCrds"/>);
    /// in a file of several CRDs, of the one whose kind is <paramref name="kind"/>.
    /// </summary>
    public static JsonSchema Load(string fileName, string version, string? kind = null)
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(UpstreamCrds.PathOf(fileName)))
        {
            yaml.Load(reader);
        }

        var crd = kind is null
            ? ToJson(yaml.Documents.Single().RootNode)!
            : yaml.Documents.Select(d => ToJson(d.RootNode)!).Single(d => (string?)d["spec"]?["names"]?["kind"] == kind);
        var served = crd["spec"]!["versions"]!.AsArray().Single(v => (string?)v!["name"] == version)!;
        var schema = served["schema"]!["openAPIV3Schema"]!.DeepClone().AsObject();
        Strict(schema);
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        return JsonSchema.FromText(schema.ToJsonString(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
    }

    /// <summary>The schema's complaints about one object, one line each (location and message); empty when it is valid.</summary>
    public static IReadOnlyList<string> Problems(JsonSchema schema, JsonNode instance)
    {
        using var document = JsonDocument.Parse(instance.ToJsonString());
        return SchemaProblems.Of(schema, document.RootElement);
    }

    /// <summary>A YAML document as JSON: plain true/false and integers become JSON booleans and numbers, everything else text.</summary>
    public static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(kv => KeyValuePair.Create(((YamlScalarNode)kv.Key).Value!, ToJson(kv.Value)))),
        YamlSequenceNode list => new JsonArray([.. list.Children.Select(ToJson)]),
        YamlScalarNode { Style: ScalarStyle.Plain, Value: "true" or "false" } flag => JsonValue.Create(flag.Value == "true"),
        YamlScalarNode { Style: ScalarStyle.Plain } scalar when long.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
        YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "null" or "~" } => null,
        YamlScalarNode scalar => JsonValue.Create(scalar.Value),
        _ => throw new InvalidDataException($"unexpected YAML node {node.NodeType}"),
    };

    /// <summary>
    /// Structural schemas leave undeclared fields to the API server, which prunes them or, with strict field
    /// validation, rejects them. Reject them here: every object schema that declares its properties and does not
    /// preserve unknown fields gets <c>additionalProperties: false</c>; OpenAPI's <c>nullable</c> becomes a null type.
    /// </summary>
    private static void Strict(JsonNode? node)
    {
        if (node is not JsonObject schema)
        {
            return;
        }

        if (schema["properties"] is JsonObject properties)
        {
            if (!schema.ContainsKey("additionalProperties") && schema["x-kubernetes-preserve-unknown-fields"]?.GetValue<bool>() != true)
            {
                schema["additionalProperties"] = false;
            }

            foreach (var (_, property) in properties)
            {
                Strict(property);
            }
        }

        if (schema["nullable"]?.GetValue<bool>() == true && schema["type"] is JsonValue type)
        {
            schema["type"] = new JsonArray(type.GetValue<string>(), "null");
        }

        // Kubernetes' extensions are no JSON Schema keywords: the one that matters was read above; CEL rules
        // (x-kubernetes-validations) are the API server's to run.
        foreach (var extension in schema.Select(p => p.Key).Where(k => k.StartsWith("x-kubernetes-", StringComparison.Ordinal) || k == "nullable").ToList())
        {
            schema.Remove(extension);
        }

        Strict(schema["items"]);
        Strict(schema["additionalProperties"]);
        Strict(schema["not"]);
        foreach (var keyword in new[] { "anyOf", "allOf", "oneOf" })
        {
            foreach (var option in schema[keyword]?.AsArray() ?? [])
            {
                Strict(option);
            }
        }
    }
}
