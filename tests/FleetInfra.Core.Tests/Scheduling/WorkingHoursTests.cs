using FleetInfra.Core.Tests.Support;

namespace FleetInfra.Core.Tests.Scheduling;

/// <summary>The <c>schedule:</c> key: windows, their cron expressions and hours, and every message of a bad value.</summary>
[Collection(CurrentDirectoryCollection.Name)]
public sealed class WorkingHoursTests : IDisposable
{
    private readonly TempFleet _fleet = new();

    public void Dispose() => _fleet.Dispose();

    [Theory]
    [InlineData("Mon-Fri 07:00-20:00", "Mon-Fri 07:00-20:00", "0 7 * * 1-5", "0 20 * * 1-5", 65.0)]
    [InlineData("sat-sun 09:30-12:00", "Sat-Sun 09:30-12:00", "30 9 * * 0,6", "0 12 * * 0,6", 5.0)]
    [InlineData("Sun-Thu 08:00-16:00", "Mon-Thu,Sun 08:00-16:00", "0 8 * * 0-4", "0 16 * * 0-4", 40.0)]
    [InlineData("Mon,Wed,Fri 00:00-23:59", "Mon,Wed,Fri 00:00-23:59", "0 0 * * 1,3,5", "59 23 * * 1,3,5", 71.95)]
    public void Window_IsReadIntoCronExpressionsAndHours(string text, string canonical, string start, string end, double hoursPerWeek)
    {
        var hours = Schedule($"{{ active: \"{text}\", timezone: Europe/Paris }}");

        var window = Assert.Single(hours.Windows);
        Assert.Equal(canonical, window.ToString());
        Assert.Equal((start, end), (window.StartCron, window.EndCron));
        Assert.Equal(hoursPerWeek, hours.ActiveHoursPerWeek, precision: 2);
    }

    [Fact]
    public void OverlappingWindows_CountTheirHoursOnce()
    {
        // Mon-Fri 07:00-20:00 is 5 x 13 = 65 h; Fri 18:00-22:00 adds only 20:00-22:00 on Friday, 2 h: 67 h.
        var hours = Schedule("{ active: [\"Mon-Fri 07:00-20:00\", \"Fri 18:00-22:00\"], timezone: UTC }");

        Assert.Equal(2, hours.Windows.Length);
        Assert.Equal(67.0, hours.ActiveHoursPerWeek, precision: 6);
        Assert.Equal("Mon-Fri 07:00-20:00, Fri 18:00-22:00 UTC", hours.ToString());
    }

    [Fact]
    public void ActiveMinutesUtc_ShiftByTheZonesStandardOffset()
    {
        // Europe/Paris is UTC+1 in winter: Monday 07:00 there is Monday 06:00 UTC, minute 1 x 1440 + 6 x 60 = 1800.
        var active = Schedule("{ active: \"Mon 07:00-08:00\", timezone: Europe/Paris }").ActiveMinutesUtc();

        Assert.False(active[1799]);
        Assert.True(active[1800]);
        Assert.True(active[1859]);
        Assert.False(active[1860]);
    }

    [Theory]
    [InlineData("{ active: \"Mon-Thr 07:00-20:00\", timezone: UTC }", "apps/a.yaml:5:25: application.web.schedule.active: 'Thr' is not a day (did you mean 'Thu'?); use Mon, Tue, Wed, Thu, Fri, Sat or Sun")]
    [InlineData("{ active: \"Mon-Fri 7-20\", timezone: UTC }", "apps/a.yaml:5:25: application.web.schedule.active: 'Mon-Fri 7-20' is not a window; write days and 24-hour times like \"Mon-Fri 07:00-20:00\" (days Mon to Sun, ranges with '-', lists with ',')")]
    [InlineData("{ active: \"Mon-Fri 07:00-24:00\", timezone: UTC }", "apps/a.yaml:5:25: application.web.schedule.active: '24:00' is not a time; use 24-hour HH:MM from 00:00 to 23:59")]
    [InlineData("{ active: \"Mon-Fri 22:00-06:00\", timezone: UTC }", "apps/a.yaml:5:25: application.web.schedule.active: 'Mon-Fri 22:00-06:00' ends at 06:00, not after it starts at 22:00; a window ends on the day it starts, so split overnight hours into two windows like \"Mon-Fri 22:00-23:59\" and \"Tue-Sat 00:00-06:00\"")]
    [InlineData("{ active: \"Mon-Fri 07:00-20:00\", timezone: Paris }", "apps/a.yaml:5:58: application.web.schedule.timezone: 'Paris' is not an IANA time zone; use a name like Europe/Paris, America/New_York or UTC")]
    [InlineData("{ active: \"Mon-Fri 07:00-20:00\" }", "apps/a.yaml:5:15: application.web.schedule.timezone: is missing; set the IANA time zone of the hours, like Europe/Paris or UTC")]
    [InlineData("{ active: [], timezone: UTC }", "apps/a.yaml:5:25: application.web.schedule.active: is empty; list at least one window like \"Mon-Fri 07:00-20:00\", or write schedule: always")]
    [InlineData("nights", "apps/a.yaml:5:15: application.web.schedule: expected { active: \"Mon-Fri 07:00-20:00\", timezone: Europe/Paris } or always, got the text 'nights'")]
    public void BadSchedule_IsOneErrorAtItsPosition(string value, string expected)
    {
        _fleet.WithStack(TempFleet.Stack()).WithApps("a.yaml", App(value));

        Assert.Equal([expected], _fleet.Errors());
    }

    /// <summary>The working hours of app <c>web</c> with the given <c>schedule:</c> value.</summary>
    private Core.Scheduling.WorkingHours Schedule(string value)
    {
        _fleet.WithStack(TempFleet.Stack()).WithApps("a.yaml", App(value));
        return _fleet.Cluster("eks-use1").Apps.Single().Scaling.Schedule!;
    }

    private static string App(string schedule) => $"""
        application:
          web:
            image: r.example.com/web:1
            cpu: 250m
            schedule: {schedule}
        """;
}
