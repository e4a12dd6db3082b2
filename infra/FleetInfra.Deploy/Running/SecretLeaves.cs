using System.Text.Json;

namespace FleetInfra.Deploy.Running;

/// <summary>
/// The secret parts of a value that is not secret as a whole: the engine's masked copy says <c>"[secret]"</c> where
/// the plaintext holds a secret (<c>{"clusters":{"eks":{"endpoint":"[secret]"}}}</c>), at any depth.
/// </summary>
public static class SecretLeaves
{
    /// <summary>The plaintext of every part of <paramref name="plainJson"/> that <paramref name="maskedJson"/> masks, as JSON text or string value.</summary>
    public static IReadOnlyList<string> Of(string plainJson, string? maskedJson)
    {
        if (maskedJson is null)
        {
            return [];
        }

        try
        {
            using var plain = JsonDocument.Parse(plainJson);
            using var masked = JsonDocument.Parse(maskedJson);
            var found = new List<string>();
            Collect(plain.RootElement, masked.RootElement, found);
            return found;
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static void Collect(JsonElement plain, JsonElement masked, List<string> found)
    {
        if (masked.ValueKind == JsonValueKind.String && masked.GetString() == SecretMask.Replacement)
        {
            if (plain.ValueKind != JsonValueKind.String || plain.GetString() != SecretMask.Replacement)
            {
                found.Add(plain.ValueKind == JsonValueKind.String ? plain.GetString()! : plain.GetRawText());
            }

            return;
        }

        if (plain.ValueKind == JsonValueKind.Object && masked.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in plain.EnumerateObject())
            {
                if (masked.TryGetProperty(property.Name, out var maskedValue))
                {
                    Collect(property.Value, maskedValue, found);
                }
            }
        }
        else if (plain.ValueKind == JsonValueKind.Array && masked.ValueKind == JsonValueKind.Array)
        {
            foreach (var (plainItem, maskedItem) in plain.EnumerateArray().Zip(masked.EnumerateArray()))
            {
                Collect(plainItem, maskedItem, found);
            }
        }
    }
}
