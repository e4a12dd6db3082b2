using System.Collections;
using System.Collections.Immutable;

namespace FleetInfra.Core.Scheduling;

/// <summary>
/// When an app runs: its weekly windows in an IANA time zone. Outside every window the app scales to zero; inside
/// one it runs at least its minimum replicas (see <c>ScheduleManifests</c>).
/// </summary>
public sealed record WorkingHours(ImmutableArray<ActiveWindow> Windows, string TimeZone)
{
    public const int MinutesPerWeek = 7 * 24 * 60;

    /// <summary>The minutes of a week (0 = Sunday 00:00 UTC) in which at least one window is active, DST ignored.</summary>
    public BitArray ActiveMinutesUtc()
    {
        var offset = (int)TimeZoneInfo.FindSystemTimeZoneById(TimeZone).BaseUtcOffset.TotalMinutes;
        var active = new BitArray(MinutesPerWeek);
        foreach (var minute in Windows.SelectMany(w => w.MinutesOfWeek()))
        {
            active[(((minute - offset) % MinutesPerWeek) + MinutesPerWeek) % MinutesPerWeek] = true;
        }

        return active;
    }

    /// <summary>Hours active per week: overlapping windows count once.</summary>
    public double ActiveHoursPerWeek
    {
        get
        {
            var active = ActiveMinutesUtc();
            var count = 0;
            for (var i = 0; i < active.Length; i++)
            {
                count += active[i] ? 1 : 0;
            }

            return count / 60.0;
        }
    }

    /// <summary>The windows as written in an intent, like <c>Mon-Fri 07:00-20:00 Europe/Paris</c>.</summary>
    public override string ToString() => $"{string.Join(", ", Windows)} {TimeZone}";

    // A record compares an ImmutableArray by reference; two schedules are equal when their windows are.
    public bool Equals(WorkingHours? other) =>
        other is not null && TimeZone == other.TimeZone && Windows.SequenceEqual(other.Windows);

    public override int GetHashCode() => HashCode.Combine(TimeZone, Windows.Length, Windows.IsEmpty ? 0 : Windows[0].GetHashCode());
}
