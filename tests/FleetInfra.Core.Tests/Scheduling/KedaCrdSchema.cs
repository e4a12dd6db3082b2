using System.Globalization;
using System.Text.Json.Nodes;
using FleetInfra.Tests.Shared;
using Json.Schema;

namespace FleetInfra.Core.Tests.Scheduling;

/// <summary>The pinned KEDA ScaledObject CRD (see <see cref="UpstreamCrds"/>) as a strict JSON Schema, and validation of rendered objects against it.</summary>
internal static class KedaCrdSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() => UpstreamCrdSchema.Load(UpstreamCrds.KedaScaledObject, "v1alpha1"));

    /// <summary>Every problem of <paramref name="scaledObject"/> (parsed rendered YAML) against the CRD; empty when valid.</summary>
    public static IReadOnlyList<string> Problems(JsonNode scaledObject)
    {
        var problems = UpstreamCrdSchema.Problems(Schema.Value, scaledObject).ToList();

        // The CRD's x-kubernetes-validations rule, which JSON Schema cannot express.
        var spec = scaledObject["spec"]!;
        static long Count(JsonNode node) => long.Parse(node.ToJsonString(), CultureInfo.InvariantCulture);
        if (spec["minReplicaCount"] is { } min && Count(min) > (spec["maxReplicaCount"] is { } max ? Count(max) : 100))
        {
            problems.Add("minReplicaCount must be less than or equal to maxReplicaCount");
        }

        return problems;
    }
}
