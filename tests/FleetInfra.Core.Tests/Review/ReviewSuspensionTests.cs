using FleetInfra.Core.Review;

namespace FleetInfra.Core.Tests.Review;

/// <summary>fleet review suspend writes fleet:suspended: true and keeps every other byte of the stack file.</summary>
public sealed class ReviewSuspensionTests
{
    private const string Review = "# a comment the suspend keeps\nconfig:\n  fleet:clustersFrom: staging   # the base\n  fleet:expiresAt: \"2026-12-07T21:00:00Z\"\n";

    [Fact]
    public void Suspend_AddsOneLineBelowClustersFrom_AndKeepsTheRest()
    {
        Assert.Equal(
            "# a comment the suspend keeps\nconfig:\n  fleet:clustersFrom: staging   # the base\n  fleet:suspended: true\n  fleet:expiresAt: \"2026-12-07T21:00:00Z\"\n",
            ReviewSuspension.Suspend(Review, out _));
    }

    [Fact]
    public void Suspend_SetsAnExistingSuspendedToTrue_InPlace()
    {
        var text = Review + "  fleet:suspended: false  # resumed by a push\n";

        Assert.Equal(Review + "  fleet:suspended: true  # resumed by a push\n", ReviewSuspension.Suspend(text, out _));
        Assert.Equal(Review + "  fleet:suspended: true\n", ReviewSuspension.Suspend(Review + "  fleet:suspended: true\n", out _));
    }

    [Fact]
    public void Suspend_KeepsWindowsLineEndings_AndAFileWithoutAFinalNewline()
    {
        Assert.Equal("config:\r\n  fleet:clustersFrom: staging\r\n  fleet:suspended: true\r\n  fleet:expiresAt: x\r\n",
            ReviewSuspension.Suspend("config:\r\n  fleet:clustersFrom: staging\r\n  fleet:expiresAt: x\r\n", out _));
        Assert.Equal("config:\n  fleet:clustersFrom: staging\n  fleet:suspended: true\n", ReviewSuspension.Suspend("config:\n  fleet:clustersFrom: staging", out _));
    }

    [Theory]
    [InlineData("config:\n  fleet:domain: example.com\n", "has no fleet:clustersFrom: only an apps-only (review) stack is suspended")]
    [InlineData("config: { fleet:clustersFrom: staging }\n", "has no config: mapping in block style")]
    [InlineData("- a list\n", "has no config: mapping in block style")]
    public void Suspend_RefusesWhatIsNotABlockReviewStackFile(string text, string problem)
    {
        Assert.Null(ReviewSuspension.Suspend(text, out var actual));
        Assert.Equal(problem, actual);
    }
}
