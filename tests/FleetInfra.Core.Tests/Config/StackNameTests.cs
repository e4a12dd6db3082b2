using FleetInfra.Core.Config;

namespace FleetInfra.Core.Tests.Config;

public sealed class StackNameTests
{
    [Theory]
    [InlineData("dev")]
    [InlineData("Prod_eu-west.1")]
    [InlineData("...")]
    [InlineData("a")]
    public void IsValid_PulumiStackNames_AreAccepted(string name) => Assert.True(StackName.IsValid(name));

    [Theory]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("../../etc/passwd")]
    [InlineData("dev/prod")]
    [InlineData("dev\\prod")]
    [InlineData("dev prod")]
    [InlineData("dév")]
    [InlineData("dev\n")]
    public void IsValid_AnythingElse_IsRefused(string name) => Assert.False(StackName.IsValid(name));

    [Fact]
    public void IsValid_AtMostOneHundredCharacters()
    {
        Assert.True(StackName.IsValid(new string('a', StackName.MaxLength)));
        Assert.False(StackName.IsValid(new string('a', StackName.MaxLength + 1)));
    }
}
