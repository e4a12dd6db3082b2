using FleetInfra.Tests.Shared;
using System.Text.Json.Nodes;
using Json.Schema;

namespace FleetInfra.Cli.Tests.GitOps;

/// <summary>The pinned Argo CD and Flux CRDs (<see cref="UpstreamCrds"/>, docs/crds.md) as strict JSON Schemas (<see cref="StrictCrdSchema"/>).</summary>
internal static class CrdFixtures
{
    public static readonly Lazy<JsonSchema> ArgoCdApplication = new(() => StrictCrdSchema.Load(UpstreamCrds.ArgoCdApplication, "v1alpha1"));

    public static readonly Lazy<JsonSchema> FluxKustomization = new(() => StrictCrdSchema.Load(UpstreamCrds.FluxKustomization, "v1"));

    /// <summary>The schema's complaints about one object, one line each; empty when it is valid.</summary>
    public static IReadOnlyList<string> Problems(JsonSchema schema, JsonNode instance) => StrictCrdSchema.Problems(schema, instance);
}
