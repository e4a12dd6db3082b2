using System.Globalization;
using System.Text.RegularExpressions;
using FleetInfra.Core.Config;
using FleetInfra.Core.Intents;
using FleetInfra.Core.Naming;
using FleetInfra.Core.Schema;

namespace FleetInfra.Core.Tests.Schema;

/// <summary>The schema-only patterns accept exactly what the parser's own checks accept.</summary>
public sealed class ValuePatternsTests
{
    [Fact]
    public void PortNumber_MatchesExactlyTheRangeOfAPort()
    {
        var pattern = new Regex(ValuePatterns.PortNumber, RegexOptions.CultureInvariant);
        var range = IntentKeys.PortNumber;

        for (var n = 0; n <= 100_000; n++)
        {
            var inRange = n >= range.Minimum && n <= range.Maximum;
            Assert.True(inRange == pattern.IsMatch(n.ToString(CultureInfo.InvariantCulture)), $"{n}");
        }
    }

    [Theory]
    [InlineData("10.0.0.0/16")]
    [InlineData("0.0.0.0/0")]
    [InlineData("255.255.255.255/32")]
    [InlineData("010.001.0.0/08")]
    [InlineData("203.0.113.300/24")]
    [InlineData("256.0.0.0/8")]
    [InlineData("10.0.0.0/33")]
    [InlineData("10.0.0/16")]
    [InlineData("10.0.0.0")]
    [InlineData("10.0.0.0/160")]
    [InlineData("1000.0.0.0/8")]
    public void Ipv4Cidr_PatternAgreesWithTheParser(string text)
    {
        Assert.Equal(FleetInfra.Core.Config.Ipv4Cidr.TryParse(text, out _), Regex.IsMatch(text, ValuePatterns.Ipv4Cidr, RegexOptions.CultureInvariant));
    }

    [Theory]
    [InlineData("registry.example.com/acme/web:1.0.0", true)]
    [InlineData("registry.example.com:5000/web:1.0.0", true)]
    [InlineData("web:1.0.0", true)]
    [InlineData("registry.example.com/acme/web@sha256:4f1d3c2b6a5e7d8c9b0a1f2e3d4c5b6a7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b", true)]
    [InlineData("registry.example.com/acme/web:latest", false)]
    [InlineData("registry.example.com/acme/web", false)]
    [InlineData("registry.example.com:5000/web", false)]
    [InlineData("registry.example.com/Acme/web:1.0.0", false)]
    [InlineData("registry.example.com/acme/web@sha256:1234", false)]
    [InlineData("web:1:2", false)]
    [InlineData("registry.example.com/acme/web:V1.0", false)]
    [InlineData("registry.example.com/ac\u0001me/web:1.0", false)]
    [InlineData("registry.example.com/:1.0", false)]
    public void PinnedImage_AcceptsWhatTheIntentParserAccepts(string image, bool valid)
    {
        Assert.Equal(valid, Regex.IsMatch(image, ValuePatterns.PinnedImage, RegexOptions.CultureInvariant));
    }

    [Fact]
    public void MemoryPattern_NamesEveryUnitTheParserKnows()
    {
        foreach (var unit in Quantities.MemoryQuantity.Units)
        {
            Assert.Matches(Quantities.MemoryQuantity.Pattern, $"512{unit}");
            Quantities.MemoryQuantity.TryParse($"512{unit}", isPlainInteger: false, out _, out var error);
            Assert.DoesNotContain("is not a memory quantity", error, StringComparison.Ordinal);
        }

        Assert.DoesNotMatch(Quantities.MemoryQuantity.Pattern, "512XB");
    }

    [Theory]
    [InlineData("a.b")]
    [InlineData("www.example.com")]
    [InlineData("example")]
    [InlineData("WWW.example.com")]
    [InlineData("*.example.com")]
    [InlineData("a..b")]
    [InlineData("-a.b")]
    public void HostName_IsTheOneRuleOfKubernetesNames(string host)
    {
        var labels = host.Split('.');
        var byLabels = host.Length <= KubernetesNames.MaxHostLength && labels.Length >= 2 && labels.All(KubernetesNames.IsDnsLabel);

        Assert.Equal(byLabels, KubernetesNames.IsHostName(host));
    }

    [Fact]
    public void KeyTables_ListTheSameKeysAsBefore()
    {
        Assert.Equal(
            ["build_mode", "image", "cpu", "memory", "ports", "min_running_instances", "max_running_instances", "healthchecks", "environment_variables", "secrets", "custom_domains", "allow_from", "schedule", "placement", "vertical_scaling", "autoscaling"],
            IntentKeys.All);
        Assert.Equal(["image", "cpu", "memory", "min_running_instances", "max_running_instances", "environment_variables", "custom_domains", "schedule", "vertical_scaling"], IntentKeys.Overridable);
        Assert.Equal(["name", "instanceTypes", "minSize", "maxSize", "desiredSize", "spot", "diskSizeGb", "labels", "taints", "headroom"], StackKeys.NodeGroup);
        Assert.All(StackKeys.EksOnly.Concat(StackKeys.GkeOnly), key => Assert.Contains(key, (IEnumerable<string>)StackKeys.Cluster));
    }

    [Fact]
    public void Range_OfAKeyThatIsNoNumber_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => IntentKeys.App.Range(IntentKeys.Image));
        Assert.Throws<KeyNotFoundException>(() => IntentKeys.App["nope"]);
    }

    [Theory]
    [InlineData("/healthz", true)]
    [InlineData("/health z", false)]
    [InlineData("/health\u0085", false)]
    [InlineData("/health\u009b", false)]
    [InlineData("healthz", false)]
    public void HttpPath_RefusesWhitespaceAndEveryControlCharacter(string path, bool valid)
    {
        Assert.Equal(valid, Regex.IsMatch(path, ValuePatterns.HttpPath, RegexOptions.CultureInvariant));
    }

    [Fact]
    public void LabelKey_RefusesAPrefixLongerThanADnsSubdomain()
    {
        var longest = string.Join('.', Enumerable.Repeat(new string('a', 63), 4))[..253];

        Assert.Matches(ValuePatterns.LabelKey, $"{longest}/name");
        Assert.DoesNotMatch(ValuePatterns.LabelKey, $"{longest}a/name");
    }

    [Theory]
    [InlineData("gke-security-groups@example.com", true)]
    [InlineData("gke-security-groups@example", false)]
    [InlineData("gke-security-groups@Example.com", false)]
    public void RbacSecurityGroup_TakesAHostName(string group, bool valid)
    {
        Assert.Equal(valid, Regex.IsMatch(group, ValuePatterns.RbacSecurityGroup, RegexOptions.CultureInvariant));
    }

    [Fact]
    public void RbacSecurityGroup_RefusesADomainLabelLongerThan63()
    {
        Assert.DoesNotMatch(ValuePatterns.RbacSecurityGroup, $"gke-security-groups@{new string('a', 64)}.com");
    }
}
