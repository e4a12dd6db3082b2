using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using FleetInfra.Core.Diagnostics;
using FleetInfra.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace FleetInfra.Core.Scheduling;

/// <summary>
/// Reads a <c>schedule:</c> value: <c>{ active: "Mon-Fri 07:00-20:00", timezone: Europe/Paris }</c> (<c>active</c> may be
/// a list of windows), or <c>always</c>.
/// </summary>
public static partial class WorkingHoursParser
{
    public const string Always = "always";

    public const string Example = "{ active: \"Mon-Fri 07:00-20:00\", timezone: Europe/Paris }";

    public static readonly IReadOnlyCollection<string> Keys = Intents.IntentKeys.WorkingHours;

    private static readonly Dictionary<string, WeekDays> DayNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Mon"] = WeekDays.Mon, ["Tue"] = WeekDays.Tue, ["Wed"] = WeekDays.Wed, ["Thu"] = WeekDays.Thu,
        ["Fri"] = WeekDays.Fri, ["Sat"] = WeekDays.Sat, ["Sun"] = WeekDays.Sun,
    };

    /// <summary>Monday first, for ranges such as <c>Sun-Thu</c> that wrap around the week's end.</summary>
    private static readonly WeekDays[] Week = [WeekDays.Mon, WeekDays.Tue, WeekDays.Wed, WeekDays.Thu, WeekDays.Fri, WeekDays.Sat, WeekDays.Sun];

    /// <summary>The setting written at <paramref name="node"/>, or null after reporting why it is not one.</summary>
    public static ScheduleSetting? Read(YamlReader reader, YamlNode node, string path)
    {
        if (node is YamlScalarNode { Value: Always })
        {
            return new ScheduleSetting(null, reader.At(node), path);
        }

        if (node is not YamlMappingNode map)
        {
            reader.Error(node, path, $"expected {Example} or {Always}, got {YamlReader.Describe(node)}");
            return null;
        }

        var errors = reader.Diagnostics.ErrorCount;
        var fields = reader.Fields(map, path, Keys);
        var windows = ImmutableArray.CreateBuilder<ActiveWindow>();
        if (fields["active"] is not { } activeNode)
        {
            reader.Error(map, $"{path}.active", "is missing; set the hours the app runs, like \"Mon-Fri 07:00-20:00\"");
        }
        else if (activeNode is YamlSequenceNode)
        {
            var items = reader.StringList(activeNode, $"{path}.active", "a window like \"Mon-Fri 07:00-20:00\"");
            if (items.Count == 0)
            {
                reader.Error(activeNode, $"{path}.active", "is empty; list at least one window like \"Mon-Fri 07:00-20:00\", or write schedule: always");
            }

            windows.AddRange(items.Select(item => Window(reader, item.Node, item.Value, $"{path}.active")).OfType<ActiveWindow>());
        }
        else if (reader.String(activeNode, $"{path}.active", "a window like \"Mon-Fri 07:00-20:00\"") is { } text && Window(reader, activeNode, text, $"{path}.active") is { } window)
        {
            windows.Add(window);
        }

        string? timeZone = null;
        if (fields["timezone"] is not { } zoneNode)
        {
            reader.Error(map, $"{path}.timezone", "is missing; set the IANA time zone of the hours, like Europe/Paris or UTC");
        }
        else if (reader.String(zoneNode, $"{path}.timezone", "an IANA time zone like Europe/Paris") is { } zone)
        {
            if (IsIanaTimeZone(zone))
            {
                timeZone = zone;
            }
            else
            {
                reader.Error(zoneNode, $"{path}.timezone", $"'{zone}' is not an IANA time zone; use a name like Europe/Paris, America/New_York or UTC");
            }
        }

        return reader.Diagnostics.ErrorCount > errors || timeZone is null
            ? null
            : new ScheduleSetting(new WorkingHours(windows.ToImmutable(), timeZone), reader.At(map), path);
    }

    /// <summary>A name of the IANA time zone database (what KEDA's cron scaler loads), not a Windows id.</summary>
    public static bool IsIanaTimeZone(string name) =>
        ZonePattern().IsMatch(name) && TimeZoneInfo.TryFindSystemTimeZoneById(name, out var zone) && zone.HasIanaId;

    private static ActiveWindow? Window(YamlReader reader, YamlNode node, string text, string path)
    {
        var match = WindowPattern().Match(text);
        if (!match.Success)
        {
            reader.Error(node, path,
                $"'{text}' is not a window; write days and 24-hour times like \"Mon-Fri 07:00-20:00\" (days Mon to Sun, ranges with '-', lists with ',')");
            return null;
        }

        var days = WeekDays.None;
        foreach (var part in match.Groups["days"].Value.Split(','))
        {
            var ends = part.Split('-');
            if (ends.Select(name => Day(reader, node, name, path)).ToList() is not [{ } first, .. var rest] || rest.Any(d => d is null))
            {
                return null;
            }

            var last = rest is [{ } end] ? end : first;
            for (var i = Array.IndexOf(Week, first); ; i = (i + 1) % Week.Length)
            {
                days |= Week[i];
                if (Week[i] == last)
                {
                    break;
                }
            }
        }

        if (Time(reader, node, match.Groups["start"].Value, path) is not { } start || Time(reader, node, match.Groups["end"].Value, path) is not { } stop)
        {
            return null;
        }

        if (stop <= start)
        {
            reader.Error(node, path,
                $"'{text}' ends at {match.Groups["end"].Value}, not after it starts at {match.Groups["start"].Value}; a window ends on the day it starts, so split overnight hours into two windows like \"Mon-Fri 22:00-23:59\" and \"Tue-Sat 00:00-06:00\"");
            return null;
        }

        return new ActiveWindow(days, start, stop);
    }

    private static WeekDays? Day(YamlReader reader, YamlNode node, string name, string path)
    {
        if (DayNames.TryGetValue(name, out var day))
        {
            return day;
        }

        reader.Error(node, path, $"'{name}' is not a day{Suggestions.DidYouMean(name, DayNames.Keys)}; use Mon, Tue, Wed, Thu, Fri, Sat or Sun");
        return null;
    }

    private static TimeOnly? Time(YamlReader reader, YamlNode node, string text, string path)
    {
        if (TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        reader.Error(node, path, $"'{text}' is not a time; use 24-hour HH:MM from 00:00 to 23:59");
        return null;
    }

    [GeneratedRegex(Schema.ValuePatterns.WorkingHoursWindow, RegexOptions.CultureInvariant)]
    private static partial Regex WindowPattern();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex ZonePattern();
}
