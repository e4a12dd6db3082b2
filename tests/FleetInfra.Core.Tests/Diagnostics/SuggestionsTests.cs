using FleetInfra.Core.Diagnostics;

namespace FleetInfra.Core.Tests.Diagnostics;

public sealed class SuggestionsTests
{
    [Theory]
    [InlineData("Enterprise_API", "enterprise-api")]
    [InlineData("--Web  Frontend--", "web-frontend")]
    [InlineData("___", "app")]
    public void ToDnsLabel_MakesAValidName(string input, string expected) =>
        Assert.Equal(expected, Suggestions.ToDnsLabel(input));

    [Fact]
    public void ToDnsLabel_AvoidsNamesAlreadyTaken()
    {
        var taken = new HashSet<string>(StringComparer.Ordinal) { "Web", "web", "web-2" };

        Assert.Equal("web-3", Suggestions.ToDnsLabel("Web", taken));
        Assert.Equal("api", Suggestions.ToDnsLabel("API", taken));
    }

    [Fact]
    public void ToDnsLabel_KeepsA63CharacterLimitWhenItAddsANumber()
    {
        var long63 = new string('a', 63);

        var suggestion = Suggestions.ToDnsLabel(long63.ToUpperInvariant(), new HashSet<string>(StringComparer.Ordinal) { long63 });

        Assert.Equal(new string('a', 61) + "-2", suggestion);
    }
}
