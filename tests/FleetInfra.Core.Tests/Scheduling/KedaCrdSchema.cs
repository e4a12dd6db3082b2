using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace FleetInfra.Core.Tests.Scheduling;

/// <summary>The pinned KEDA ScaledObject CRD (see <c>UpstreamCrds</c>) as a JSON Schema, and validation of rendered objects against it.</summary>
internal static class KedaCrdSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(Build);

    public static string FixturePath => FleetInfra.Tests.Shared.UpstreamCrds.PathOf(FleetInfra.Tests.Shared.UpstreamCrds.KedaScaledObject);

    /// <summary>Every problem of <paramref name="scaledObject"/> (parsed rendered YAML) against the CRD; empty when valid.</summary>
    public static IReadOnlyList<string> Problems(JsonNode scaledObject)
    {
        var problems = new List<string>();
        using var document = JsonDocument.Parse(scaledObject.ToJsonString());
        var result = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (!result.IsValid)
        {
            problems.AddRange((result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")));
            problems.Add("invalid against the CRD schema");
        }

        // The CRD's x-kubernetes-validations rule, which JSON Schema cannot express.
        var spec = scaledObject["spec"]!;
        static long Count(JsonNode node) => long.Parse(node.ToJsonString(), CultureInfo.InvariantCulture);
        if (spec["minReplicaCount"] is { } min && Count(min) > (spec["maxReplicaCount"] is { } max ? Count(max) : 100))
        {
            problems.Add("minReplicaCount must be less than or equal to maxReplicaCount");
        }

        return problems;
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

    private static JsonSchema Build()
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(FixturePath))
        {
            yaml.Load(reader);
        }

        var crd = ToJson(yaml.Documents[0].RootNode)!;
        var version = crd["spec"]!["versions"]!.AsArray().Single(v => v!["name"]!.GetValue<string>() == "v1alpha1")!;
        var schema = version["schema"]!["openAPIV3Schema"]!.DeepClone().AsObject();
        Strict(schema);
        return JsonSchema.FromText(schema.ToJsonString(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
    }

    /// <summary>
    /// Unknown fields are errors, as with the API server's strict field validation (kubectl's default). The
    /// <c>x-kubernetes-*</c> extensions are dropped: the dialect refuses unknown keywords, and the one rule among them
    /// that validates (<c>x-kubernetes-validations</c>) is checked by <see cref="Problems"/>.
    /// </summary>
    private static void Strict(JsonObject schema)
    {

        var preserveUnknown = schema.ContainsKey("x-kubernetes-preserve-unknown-fields");
        foreach (var extension in schema.Select(p => p.Key).Where(k => k.StartsWith("x-kubernetes-", StringComparison.Ordinal)).ToList())
        {
            schema.Remove(extension);
        }

        if (schema["properties"] is JsonObject properties)
        {
            if (!schema.ContainsKey("additionalProperties") && !preserveUnknown)
            {
                schema["additionalProperties"] = false;
            }

            foreach (var (_, child) in properties)
            {
                if (child is JsonObject childSchema)
                {
                    Strict(childSchema);
                }
            }
        }

        foreach (var key in new[] { "items", "additionalProperties" })
        {
            if (schema[key] is JsonObject nested)
            {
                Strict(nested);
            }
        }

        foreach (var alternative in (schema["anyOf"] as JsonArray ?? []).OfType<JsonObject>())
        {
            Strict(alternative);
        }
    }
}
