namespace FleetInfra.Core.Scheduling;

/// <summary>Days of the week as flags; the bit of a day is <c>1 &lt;&lt; cron day number</c> (Sunday 0 .. Saturday 6).</summary>
[Flags]
public enum WeekDays
{
    None = 0,
    Sun = 1 << 0,
    Mon = 1 << 1,
    Tue = 1 << 2,
    Wed = 1 << 3,
    Thu = 1 << 4,
    Fri = 1 << 5,
    Sat = 1 << 6,
}
