using System.Globalization;
using System.Text.RegularExpressions;
using FleetInfra.Core.Schema;

namespace FleetInfra.Core.Quantities;

/// <summary>
/// Memory in bytes. Rendered as <c>{n}Mi</c> when a whole number of mebibytes, else as bytes.
/// </summary>
public readonly partial record struct MemoryQuantity(long Bytes)
{
    public const long Mebibyte = 1024 * 1024;

    /// <value>16Mi.</value>
    public const long MinBytes = 16 * Mebibyte;

    /// <value>512Gi.</value>
    public const long MaxBytes = 512L * 1024 * Mebibyte;

    private static readonly Dictionary<string, decimal> Multipliers = new(StringComparer.Ordinal)
    {
        [""] = 1,
        ["k"] = 1_000m,
        ["M"] = 1_000_000m,
        ["G"] = 1_000_000_000m,
        ["T"] = 1_000_000_000_000m,
        ["Ki"] = 1024m,
        ["Mi"] = Mebibyte,
        ["Gi"] = Mebibyte * 1024m,
        ["Ti"] = Mebibyte * 1024m * 1024m,

        // Qovery's units: MB and GB mean mebibytes and gibibytes.
        ["MB"] = Mebibyte,
        ["GB"] = Mebibyte * 1024m,
    };

    /// <summary>The units a memory quantity may carry (none means bytes).</summary>
    public static IReadOnlyCollection<string> Units => Multipliers.Keys;

    /// <summary>The whole text of a memory quantity with a unit: a number and one of <see cref="Units"/>.</summary>
    public static readonly string Pattern =
        $"^{ValuePatterns.MemoryNumber}({string.Join('|', Multipliers.Keys.Where(u => u.Length > 0))})?$";

    public override string ToString() =>
        Bytes % Mebibyte == 0 ? $"{Bytes / Mebibyte}Mi" : Bytes.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Parses an intent's <c>memory</c>: an unquoted integer is MB (mebibytes), <c>4096MB</c> and <c>4GB</c>
    /// are mebibytes and gibibytes as in Qovery, anything else is a Kubernetes quantity (<c>512Mi</c>, <c>1G</c>).
    /// </summary>
    public static bool TryParse(string text, bool isPlainInteger, out MemoryQuantity quantity, out string error) =>
        TryParse(text, isPlainInteger, MaxBytes, out quantity, out error);

    /// <summary>As <see cref="TryParse(string, bool, out MemoryQuantity, out string)"/>, up to <paramref name="maxBytes"/> (a team budget exceeds one container's 512Gi).</summary>
    public static bool TryParse(string text, bool isPlainInteger, long maxBytes, out MemoryQuantity quantity, out string error)
    {
        quantity = default;
        error = string.Empty;
        decimal bytes;
        if (isPlainInteger)
        {
            bytes = decimal.Parse(text, CultureInfo.InvariantCulture) * Mebibyte;
        }
        else
        {
            var match = MemoryPattern().Match(text);
            if (!match.Success || !Multipliers.TryGetValue(match.Groups["unit"].Value, out var multiplier))
            {
                error = $"'{text}' is not a memory quantity; use 512MB, 512Mi, 4Gi, 1G or an integer of MB like 512";
                return false;
            }

            bytes = decimal.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture) * multiplier;
        }

        if (bytes != decimal.Truncate(bytes))
        {
            error = $"'{text}' is not a whole number of bytes; use a larger unit or round it";
            return false;
        }

        if (bytes < MinBytes || bytes > maxBytes)
        {
            error = $"'{text}' is out of range; memory must be between 16Mi and {Readable(maxBytes)}";
            return false;
        }

        quantity = new MemoryQuantity((long)bytes);
        return true;
    }

    /// <summary>A limit in the largest binary unit that divides it: 512Gi, 64Ti.</summary>
    private static string Readable(long bytes) =>
        bytes % (Mebibyte * 1024 * 1024) == 0 ? $"{bytes / (Mebibyte * 1024 * 1024)}Ti"
        : bytes % (Mebibyte * 1024) == 0 ? $"{bytes / (Mebibyte * 1024)}Gi"
        : new MemoryQuantity(bytes).ToString();

    [GeneratedRegex("^(?<number>" + ValuePatterns.MemoryNumber + ")(?<unit>[A-Za-z]{0,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex MemoryPattern();
}
