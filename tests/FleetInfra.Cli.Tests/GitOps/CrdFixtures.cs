using FleetInfra.Tests.Shared;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace FleetInfra.Cli.Tests.GitOps;

/// <summary>
/// The pinned upstream CRDs (<see cref="UpstreamCrds"/>, docs/crds.md) as strict JSON Schemas: the
/// <c>openAPIV3Schema</c> of one served version, with undeclared fields made errors as the API server's strict
/// field validation does. CEL rules (<c>x-kubernetes-validations</c>) are not run.
/// </summary>
internal static class CrdFixtures
{
    public static readonly Lazy<JsonSchema> ArgoCdApplication = new(() => Load(UpstreamCrds.ArgoCdApplication, "v1alpha1"));

    public static readonly Lazy<JsonSchema> FluxKustomization = new(() => Load(UpstreamCrds.FluxKustomization, "v1"));

    /// <summary>The schema's complaints about one object, one line each; empty when it is valid.</summary>
    public static IReadOnlyList<string> Problems(JsonSchema schema, JsonNode instance) =>
        [.. Schemas.FleetSchemaValidator.Problems(schema, JsonSerializer.SerializeToElement(instance))];

    private static JsonSchema Load(string fileName, string version)
    {
        var crd = YamlJson.Stream(File.ReadAllText(UpstreamCrds.PathOf(fileName))).Single()!;
        var served = crd["spec"]!["versions"]!.AsArray().Single(v => (string?)v!["name"] == version)!;
        var schema = served["schema"]!["openAPIV3Schema"]!.DeepClone().AsObject();
        Strict(schema);
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        return JsonSchema.FromText(schema.ToJsonString(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
    }

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
