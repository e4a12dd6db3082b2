using System.Globalization;
using System.Text.Json.Nodes;
using Json.Schema;
using FleetInfra.Tests.Shared;
using YamlDotNet.RepresentationModel;

namespace FleetInfra.Core.Tests.Scheduling;

/// <summary>The pinned KEDA ScaledObject CRD (see <c>UpstreamCrds</c>) as a JSON Schema, and validation of rendered objects against it.</summary>
internal static class KedaCrdSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(Build);

    public static string FixturePath => UpstreamCrds.PathOf(UpstreamCrds.KedaScaledObject);

    /// <summary>Every problem of <paramref name="scaledObject"/> (parsed rendered YAML) against the CRD; empty when valid.</summary>
    public static IReadOnlyList<string> Problems(JsonNode scaledObject)
    {
        var problems = StrictCrdSchema.Problems(Schema.Value, scaledObject).ToList();
        if (problems.Count > 0)
        {
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
    public static JsonNode? ToJson(YamlNode node) => StrictCrdSchema.ToJson(node);

    private static JsonSchema Build() => StrictCrdSchema.Load(UpstreamCrds.KedaScaledObject, "v1alpha1");
}
