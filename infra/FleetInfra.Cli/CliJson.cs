using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using FleetInfra.Core.Costs;
using FleetInfra.Core.Diffing;
using FleetInfra.Core.Policies;
using FleetInfra.Core.Reporting;

namespace FleetInfra.Cli;

/// <summary>
/// How every <c>--json</c> output is written: indented, camelCase property names and enum values, by generated code
/// (no reflection, so the native <c>fleet</c> writes the same bytes as the JIT build).
/// </summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true,
    Converters = [typeof(CamelCaseEnumConverter<DiffChange>), typeof(CamelCaseEnumConverter<PolicyLevel>)])]
[JsonSerializable(typeof(PlanSummary))]
[JsonSerializable(typeof(CostEstimate))]
[JsonSerializable(typeof(CostDiff))]
[JsonSerializable(typeof(ShowbackSummary))]
[JsonSerializable(typeof(FleetInfra.Core.Review.ReviewCostShare))]
[JsonSerializable(typeof(FleetDiff))]
internal sealed partial class CliJson : JsonSerializerContext
{
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, TypeInfo<T>());

    /// <summary>
    /// Writes <see cref="Serialize{T}(T)"/> and a line break to <paramref name="output"/>. On the process's standard output
    /// the UTF-8 goes straight to the stream (the same bytes, without a copy as text: a diff of every app of a large fleet
    /// is megabytes of JSON).
    /// </summary>
    public static void WriteLine<T>(T value, TextWriter output)
    {
        if (!ReferenceEquals(output, Console.Out))
        {
            output.WriteLine(Serialize(value));
            return;
        }

        output.Flush();
        using var stream = Console.OpenStandardOutput();
        JsonSerializer.Serialize(stream, value, TypeInfo<T>());
        stream.Write(System.Text.Encoding.UTF8.GetBytes(output.NewLine));
    }

    private static JsonTypeInfo<T> TypeInfo<T>() =>
        (JsonTypeInfo<T>)(Default.GetTypeInfo(typeof(T)) ?? throw new NotSupportedException($"{typeof(T).Name} is not registered in {nameof(CliJson)}"));
}

/// <summary>An enum written as its camelCase name (<c>added</c>, <c>error</c>), as the documented JSON shapes spell them.</summary>
internal sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase)
    where TEnum : struct, Enum;
