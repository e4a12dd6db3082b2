namespace FleetInfra.Cli.Tests.Report;

/// <summary>
/// A test that needs Chromium (<see cref="HeadlessChromium"/>). Where it is not installed the test is reported as
/// skipped with a reason that starts <c>NOT RUN</c>, never passed or failed; <c>scripts/test</c> installs it where it
/// can and otherwise repeats that on its last line.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string NotRun = "NOT RUN: chromium is not installed, so the report was not checked in a browser (scripts/test installs Debian's chromium when it runs as root or with passwordless sudo; else apt-get install chromium)";

    public ChromiumFactAttribute()
    {
        if (HeadlessChromium.Find() is null)
        {
            Skip = NotRun;
        }
    }
}
