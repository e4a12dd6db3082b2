using System.Globalization;
using System.Text;

namespace FleetInfra.Core.Scheduling;

/// <summary>
/// One weekly window in which an app runs, like <c>Mon-Fri 07:00-20:00</c>: on each of <paramref name="Days"/> from
/// <paramref name="Start"/> to <paramref name="End"/> local time, the end after the start on the same day.
/// </summary>
public sealed record ActiveWindow(WeekDays Days, TimeOnly Start, TimeOnly End)
{
    /// <summary>Monday first, the order people write days in.</summary>
    private static readonly WeekDays[] Week = [WeekDays.Mon, WeekDays.Tue, WeekDays.Wed, WeekDays.Thu, WeekDays.Fri, WeekDays.Sat, WeekDays.Sun];

    /// <summary>The cron expression (minute hour day-of-month month day-of-week) of the window's start.</summary>
    public string StartCron => Cron(Start);

    /// <summary>The cron expression of the window's end.</summary>
    public string EndCron => Cron(End);

    /// <summary>Minutes active in one week.</summary>
    public int MinutesPerWeek => DayCount * (int)(End - Start).TotalMinutes;

    public int DayCount => Week.Count(d => Days.HasFlag(d));

    /// <summary>The minutes of the week (0 = Sunday 00:00 local time) in which the window is active.</summary>
    public IEnumerable<int> MinutesOfWeek()
    {
        for (var day = 0; day < 7; day++)
        {
            if (((int)Days & (1 << day)) == 0)
            {
                continue;
            }

            var from = (day * 24 * 60) + (Start.Hour * 60) + Start.Minute;
            var to = (day * 24 * 60) + (End.Hour * 60) + End.Minute;
            for (var minute = from; minute < to; minute++)
            {
                yield return minute;
            }
        }
    }

    /// <summary>The canonical text, like <c>Mon-Fri 07:00-20:00</c> or <c>Mon,Wed,Sat-Sun 09:00-12:30</c>.</summary>
    public override string ToString() =>
        $"{DayText()} {Start.ToString("HH:mm", CultureInfo.InvariantCulture)}-{End.ToString("HH:mm", CultureInfo.InvariantCulture)}";

    /// <summary>Runs of consecutive days, Monday first, joined by commas.</summary>
    private string DayText()
    {
        var text = new StringBuilder();
        var i = 0;
        while (i < Week.Length)
        {
            if (!Days.HasFlag(Week[i]))
            {
                i++;
                continue;
            }

            var first = i;
            while (i + 1 < Week.Length && Days.HasFlag(Week[i + 1]))
            {
                i++;
            }

            text.Append(text.Length > 0 ? "," : string.Empty).Append(Week[first]);
            if (i > first)
            {
                text.Append('-').Append(Week[i]);
            }

            i++;
        }

        return text.ToString();
    }

    /// <summary>Cron day numbers in ascending order, consecutive runs written as ranges: <c>1-5</c>, <c>0,6</c>.</summary>
    private string Cron(TimeOnly time)
    {
        var numbers = Enumerable.Range(0, 7).Where(d => ((int)Days & (1 << d)) != 0).ToList();
        var parts = new List<string>();
        for (var i = 0; i < numbers.Count; i++)
        {
            var first = numbers[i];
            while (i + 1 < numbers.Count && numbers[i + 1] == numbers[i] + 1)
            {
                i++;
            }

            parts.Add(numbers[i] - first >= 2 ? $"{first}-{numbers[i]}" : numbers[i] == first ? $"{first}" : $"{first},{numbers[i]}");
        }

        return string.Create(CultureInfo.InvariantCulture, $"{time.Minute} {time.Hour} * * {string.Join(',', parts)}");
    }
}
