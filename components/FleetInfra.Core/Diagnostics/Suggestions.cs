using System.Text;

namespace FleetInfra.Core.Diagnostics;

/// <summary>Did-you-mean hints and valid-name suggestions for error messages.</summary>
public static class Suggestions
{
    /// <summary>The closest candidate within a small edit distance, or null.</summary>
    public static string? Closest(string input, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates.Order(StringComparer.Ordinal))
        {
            var distance = EditDistance(input.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = candidate;
            }
        }

        var allowed = Math.Max(1, Math.Min(3, input.Length / 3));
        return bestDistance <= allowed ? best : null;
    }

    /// <summary>" (did you mean 'x'?)" or an empty string.</summary>
    public static string DidYouMean(string input, IEnumerable<string> candidates) =>
        Closest(input, candidates) is { } match ? $" (did you mean '{match}'?)" : string.Empty;

    /// <summary><see cref="ToDnsLabel(string)"/>, with <c>-2</c>, <c>-3</c>... added when the label is one of <paramref name="taken"/>.</summary>
    public static string ToDnsLabel(string input, IReadOnlySet<string>? taken)
    {
        var label = ToDnsLabel(input);
        if (taken is null || !taken.Contains(label))
        {
            return label;
        }

        for (var number = 2; ; number++)
        {
            var suffix = $"-{number}";
            var candidate = (label.Length + suffix.Length > 63 ? label[..(63 - suffix.Length)].TrimEnd('-') : label) + suffix;
            if (!taken.Contains(candidate))
            {
                return candidate;
            }
        }
    }

    /// <summary>
    /// Turns any text into a DNS-1123 label: lower case, letters, digits and '-', starting and ending
    /// with a letter or digit, at most 63 characters. Used only to suggest a name, never to rename.
    /// </summary>
    public static string ToDnsLabel(string input)
    {
        var builder = new StringBuilder(input.Length);
        foreach (var c in input.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var label = builder.ToString();
        if (label.Length > 63)
        {
            label = label[..63];
        }

        label = label.Trim('-');
        return label.Length == 0 ? "app" : label;
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
