using System.Text.Json.Serialization;
using FleetInfra.Core.Reporting;

namespace FleetInfra.Cli.Commands;

/// <summary><c>fleet plan --json</c>: the plan summary, indented, camelCase, serialized by generated code (no reflection).</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(PlanSummary))]
internal sealed partial class PlanJson : JsonSerializerContext;
