using FleetInfra.Core.Naming;
using FleetInfra.Core.Review;

namespace FleetInfra.Core.Tests.Review;

public sealed class ReviewNamesTests
{
    [Fact]
    public void Label_IsAppDashStack_WhenItFits()
    {
        Assert.Equal("storefront-pr-7", ReviewNames.Label("storefront", "pr-7"));
    }

    [Fact]
    public void Label_TooLong_IsCutTo63WithAStableHashAndStillEndsWithTheStack()
    {
        var app = new string('a', 60);
        var stack = new string('r', ReviewNames.MaxNameLength);

        var label = ReviewNames.Label(app, stack);

        Assert.Equal(KubernetesNames.MaxLabelLength, label.Length);
        Assert.True(KubernetesNames.IsDnsLabel(label));
        Assert.EndsWith("-" + stack, label, StringComparison.Ordinal);
        Assert.Equal(label, ReviewNames.Label(app, stack));
    }

    [Fact]
    public void Label_TwoLongAppsSharingTheirBeginning_NeverMeet()
    {
        var stack = "pr-123456789012345678901234567";
        var first = ReviewNames.Label(new string('a', 50) + "-orders", stack);
        var second = ReviewNames.Label(new string('a', 50) + "-billing", stack);

        Assert.NotEqual(first, second);
        Assert.All([first, second], label => Assert.True(KubernetesNames.IsDnsLabel(label)));
    }

    [Fact]
    public void Label_WhereTheCutEndsInADash_StaysADnsLabel()
    {
        var label = ReviewNames.Label(new string('a', 23) + "-" + new string('b', 30), new string('r', ReviewNames.MaxNameLength));

        Assert.True(KubernetesNames.IsDnsLabel(label), label);
        Assert.DoesNotContain("--", label, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pr-7", null)]
    [InlineData("PR-7", "is not a DNS label")]
    [InlineData("pr_7", "is not a DNS label")]
    [InlineData("-pr", "is not a DNS label")]
    public void Problem_NamesWhatIsWrong(string name, string? problem)
    {
        Assert.Equal(problem is null, ReviewNames.Problem(name) is null);
        if (problem is not null)
        {
            Assert.Contains(problem, ReviewNames.Problem(name), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Problem_AcceptsTheLongestNameAndRefusesOneMore()
    {
        Assert.Null(ReviewNames.Problem(new string('p', ReviewNames.MaxNameLength)));
        Assert.Contains("at most 31", ReviewNames.Problem(new string('p', ReviewNames.MaxNameLength + 1)), StringComparison.Ordinal);
    }
}
