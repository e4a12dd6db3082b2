using System.Globalization;

namespace FleetInfra.Core.Review;

/// <summary>How long a review environment lives: <c>30m</c>, <c>1h</c>, <c>72h</c>, <c>7d</c>, from one minute to 90 days.</summary>
public static class ReviewTtl
{
    public static readonly TimeSpan Longest = TimeSpan.FromDays(90);

    /// <summary>The TTL, or null with <paramref name="problem"/> saying how to write it.</summary>
    public static TimeSpan? Parse(string text, out string? problem)
    {
        problem = null;
        if (text.Length >= 2
            && int.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && text[^1] is 'm' or 'h' or 'd')
        {
            var ttl = text[^1] switch
            {
                'm' => TimeSpan.FromMinutes(count),
                'h' => TimeSpan.FromHours(count),
                _ => TimeSpan.FromDays(count),
            };
            if (ttl < TimeSpan.FromMinutes(1))
            {
                problem = $"'{text}' is no time at all; give at least 1m";
                return null;
            }

            if (ttl > Longest)
            {
                problem = $"'{text}' is longer than {Longest.TotalDays.ToString(CultureInfo.InvariantCulture)} days; a review environment is temporary, give at most 90d";
                return null;
            }

            return ttl;
        }

        problem = $"'{text}' is not a duration; use a whole number of minutes, hours or days like 30m, 72h or 7d";
        return null;
    }

    /// <summary>An expiry as the stack file writes it: UTC, to the second, like <c>2026-12-07T21:00:00Z</c>.</summary>
    public static string Format(DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Reads an expiry written by <see cref="Format"/> (any RFC 3339 instant with an offset); null when it is not one.</summary>
    public static DateTimeOffset? ParseInstant(string text) =>
        text.Length >= 20 && text[10] == 'T' && (text[^1] == 'Z' || text[^6] is '+' or '-')
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            ? instant.ToUniversalTime()
            : null;
}
