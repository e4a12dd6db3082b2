using FleetInfra.Core.Review;

namespace FleetInfra.Core.Tests.Review;

public sealed class ReviewTtlTests
{
    [Theory]
    [InlineData("30m", 30)]
    [InlineData("1h", 60)]
    [InlineData("72h", 72 * 60)]
    [InlineData("7d", 7 * 24 * 60)]
    [InlineData("90d", 90 * 24 * 60)]
    public void Parse_ReadsMinutesHoursAndDays(string text, int minutes)
    {
        Assert.Equal(TimeSpan.FromMinutes(minutes), ReviewTtl.Parse(text, out var problem));
        Assert.Null(problem);
    }

    [Theory]
    [InlineData("", "is not a duration")]
    [InlineData("72", "is not a duration")]
    [InlineData("5x", "is not a duration")]
    [InlineData("-1h", "is not a duration")]
    [InlineData("1.5h", "is not a duration")]
    [InlineData("0m", "give at least 1m")]
    [InlineData("91d", "at most 90d")]
    public void Parse_RefusesWithOneLineSayingHowToWriteIt(string text, string message)
    {
        Assert.Null(ReviewTtl.Parse(text, out var problem));
        Assert.Contains(message, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_AndParseInstant_RoundTripInUtc()
    {
        var instant = new DateTimeOffset(2026, 12, 7, 22, 30, 5, TimeSpan.FromHours(1));

        Assert.Equal("2026-12-07T21:30:05Z", ReviewTtl.Format(instant));
        Assert.Equal(instant, ReviewTtl.ParseInstant(ReviewTtl.Format(instant)));
    }

    [Theory]
    [InlineData("2026-12-07")]
    [InlineData("tomorrow")]
    [InlineData("2026-12-07T21:30:05")]
    public void ParseInstant_RefusesAnythingButAnRfc3339InstantWithAnOffset(string text)
    {
        Assert.Null(ReviewTtl.ParseInstant(text));
    }
}
