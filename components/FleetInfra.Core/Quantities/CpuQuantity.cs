using System.Globalization;
using System.Text.RegularExpressions;
using FleetInfra.Core.Schema;

namespace FleetInfra.Core.Quantities;

/// <summary>CPU in millicores. Rendered as <c>{n}m</c>, which Kubernetes accepts unchanged.</summary>
public readonly partial record struct CpuQuantity(int Millicores)
{
    /// <value>10m: below this a container cannot start reliably.</value>
    public const int MinMillicores = 10;

    /// <value>64 cores.</value>
    public const int MaxMillicores = 64_000;

    public override string ToString() => $"{Millicores}m";

    /// <summary>
    /// Parses an intent's <c>cpu</c>: an unquoted integer is millicores (Qovery style, <c>500</c>),
    /// text is a Kubernetes quantity (<c>500m</c>, <c>0.5</c>, <c>"2"</c> for two cores).
    /// </summary>
    public static bool TryParse(string text, bool isPlainInteger, out CpuQuantity quantity, out string error) =>
        TryParse(text, isPlainInteger, MaxMillicores, out quantity, out error);

    /// <summary>As <see cref="TryParse(string, bool, out CpuQuantity, out string)"/>, up to <paramref name="maxMillicores"/> (a team budget exceeds one container's 64 cores).</summary>
    public static bool TryParse(string text, bool isPlainInteger, int maxMillicores, out CpuQuantity quantity, out string error)
    {
        quantity = default;
        error = string.Empty;
        decimal millicores;
        if (isPlainInteger)
        {
            millicores = decimal.Parse(text, CultureInfo.InvariantCulture);
            if (millicores < MinMillicores)
            {
                error = $"{text} means {text} millicores; write {text}000m for {text} cores, or at least {MinMillicores}";
                return false;
            }
        }
        else
        {
            var match = CpuPattern().Match(text);
            if (!match.Success)
            {
                error = $"'{text}' is not a CPU quantity; use millicores like 500m, cores like \"0.5\" or \"2\", or an integer of millicores like 500";
                return false;
            }

            var number = decimal.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture);
            millicores = match.Groups["milli"].Success ? number : number * 1000;
        }

        if (millicores != decimal.Truncate(millicores))
        {
            error = $"'{text}' is finer than one millicore; round it to whole millicores";
            return false;
        }

        if (millicores < MinMillicores || millicores > maxMillicores)
        {
            error = $"'{text}' is out of range; cpu must be between {MinMillicores}m and {maxMillicores}m";
            return false;
        }

        quantity = new CpuQuantity((int)millicores);
        return true;
    }

    [GeneratedRegex("^(?<number>" + ValuePatterns.CpuNumber + ")(?<milli>m)?$", RegexOptions.CultureInvariant)]
    private static partial Regex CpuPattern();
}
