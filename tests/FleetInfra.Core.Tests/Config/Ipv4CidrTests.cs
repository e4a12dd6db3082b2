using FleetInfra.Core.Config;

namespace FleetInfra.Core.Tests.Config;

public sealed class Ipv4CidrTests
{
    [Theory]
    [InlineData("10.0.0.0/16", "10.0.0.0/16")]
    [InlineData("10.0.0.5/16", "10.0.0.0/16")]
    [InlineData("0.0.0.0/0", "0.0.0.0/0")]
    [InlineData("203.0.113.7/32", "203.0.113.7/32")]
    public void TryParse_ReadsDottedQuadsAndClearsHostBits(string text, string expected)
    {
        Assert.True(Ipv4Cidr.TryParse(text, out var cidr));
        Assert.Equal(expected, cidr.ToString());
    }

    [Theory]
    [InlineData("10.1/16")]
    [InlineData("10.0.0.256/16")]
    [InlineData("10.0.0.0/33")]
    [InlineData("10.0.0.0")]
    [InlineData("::1/128")]
    [InlineData(" 10.0.0.0/16")]
    public void TryParse_RejectsAnythingButFourDecimalOctetsAndAPrefix(string text) =>
        Assert.False(Ipv4Cidr.TryParse(text, out _));

    [Fact]
    public void Subnet_CarvesEqualBlocksAndRefusesOnesOutsideTheRange()
    {
        Assert.True(Ipv4Cidr.TryParse("10.0.0.0/16", out var vpc));

        Assert.Equal("10.0.0.0/19", vpc.Subnet(19, 0).ToString());
        Assert.Equal("10.0.224.0/19", vpc.Subnet(19, 7).ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => vpc.Subnet(19, 8));
    }
}
