using System.Text.Json;
using Json.Schema;

namespace FleetInfra.Tests.Shared;

/// <summary>What a JSON Schema says about one instance, for test failure messages.</summary>
public static class SchemaProblems
{
    /// <summary>One line per complaint (location and message); empty when the instance is valid.</summary>
    public static IReadOnlyList<string> Of(JsonSchema schema, JsonElement instance)
    {
        var results = schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return [];
        }

        var lines = (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
            .ToList();
        return lines.Count > 0 ? lines : ["(invalid)"];
    }
}
