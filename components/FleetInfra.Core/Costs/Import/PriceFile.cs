using System.Globalization;
using System.Text.Json;

namespace FleetInfra.Core.Costs.Import;

/// <summary>
/// One price list file being read: its name for messages and source columns, and the JSON helpers the readers share.
/// Every problem is an <see cref="InvalidDataException"/> whose message is one line <c>file:line:col: path: message</c>.
/// </summary>
internal sealed class PriceFile(string name)
{
    public string Name { get; } = name;

    public JsonDocument Parse(string text)
    {
        try
        {
            return JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow });
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{Name}:{(ex.LineNumber ?? 0) + 1}:{(ex.BytePositionInLine ?? 0) + 1}: {FirstSentence(ex.Message)}");
        }
    }

    /// <summary>A problem with the file's content at <paramref name="path"/> (JsonElement keeps no line, so the path names the place).</summary>
    public InvalidDataException Error(string path, string message) => new($"{Name}:1:1: {path}: {message}");

    public static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static JsonElement? Child(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) ? value : null;

    public decimal Number(string? text, string path) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value
            : throw Error(path, $"'{text}' is not a price; the published format has a decimal string here");

    /// <summary>The day of an ISO 8601 time like <c>2025-06-01T00:00:00Z</c>, or null.</summary>
    public static DateOnly? Day(string? time) =>
        time is { Length: >= 10 } && DateOnly.TryParseExact(time[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    private static string FirstSentence(string message) => message.Split(" LineNumber:", 2)[0].Split(" Path:", 2)[0].TrimEnd('.', ' ');
}
