using System.Text.Json;
using System.Text.Json.Serialization;

namespace FleetInfra.Cli;

/// <summary>How every <c>--json</c> output is written: indented, camelCase property names.</summary>
internal static class CliJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}
