using System.Text.RegularExpressions;

namespace FleetInfra.Core.Schema;

/// <summary>
/// The <see cref="ValuePatterns"/> compiled at build time, for the parsers. A <see cref="TextSpec"/> made from one of
/// these writes the same pattern into the JSON Schema (<see cref="Regex.ToString"/>), so each pattern is written once.
/// </summary>
internal static partial class CompiledPatterns
{
    [GeneratedRegex(ValuePatterns.DnsLabel, RegexOptions.CultureInvariant)]
    public static partial Regex DnsLabel();

    [GeneratedRegex(ValuePatterns.DnsSubdomain, RegexOptions.CultureInvariant)]
    public static partial Regex DnsSubdomain();

    [GeneratedRegex(ValuePatterns.HostName, RegexOptions.CultureInvariant)]
    public static partial Regex HostName();

    [GeneratedRegex(ValuePatterns.ZoneName, RegexOptions.CultureInvariant)]
    public static partial Regex ZoneName();

    [GeneratedRegex(ValuePatterns.PortName, RegexOptions.CultureInvariant)]
    public static partial Regex PortName();

    [GeneratedRegex(ValuePatterns.EnvironmentVariable, RegexOptions.CultureInvariant)]
    public static partial Regex EnvironmentVariable();

    [GeneratedRegex(ValuePatterns.SecretKey, RegexOptions.CultureInvariant)]
    public static partial Regex SecretKey();

    [GeneratedRegex(ValuePatterns.HttpPath, RegexOptions.CultureInvariant)]
    public static partial Regex HttpPath();

    [GeneratedRegex(ValuePatterns.ImageTag, RegexOptions.CultureInvariant)]
    public static partial Regex ImageTag();

    [GeneratedRegex(ValuePatterns.PinnedImage, RegexOptions.CultureInvariant)]
    public static partial Regex PinnedImage();

    [GeneratedRegex(ValuePatterns.Digest, RegexOptions.CultureInvariant)]
    public static partial Regex Digest();

    [GeneratedRegex(ValuePatterns.Registry, RegexOptions.CultureInvariant)]
    public static partial Regex Registry();

    [GeneratedRegex(ValuePatterns.Region, RegexOptions.CultureInvariant)]
    public static partial Regex Region();

    [GeneratedRegex(ValuePatterns.KubernetesVersion, RegexOptions.CultureInvariant)]
    public static partial Regex KubernetesVersion();

    [GeneratedRegex(ValuePatterns.ProjectId, RegexOptions.CultureInvariant)]
    public static partial Regex ProjectId();

    [GeneratedRegex(ValuePatterns.InstanceType, RegexOptions.CultureInvariant)]
    public static partial Regex InstanceType();

    [GeneratedRegex(ValuePatterns.LabelValue, RegexOptions.CultureInvariant)]
    public static partial Regex LabelValue();

    [GeneratedRegex(ValuePatterns.LabelKey, RegexOptions.CultureInvariant)]
    public static partial Regex LabelKey();

    [GeneratedRegex(ValuePatterns.Ipv4Cidr, RegexOptions.CultureInvariant)]
    public static partial Regex Ipv4Cidr();

    [GeneratedRegex(ValuePatterns.CertificateArn, RegexOptions.CultureInvariant)]
    public static partial Regex CertificateArn();

    [GeneratedRegex(ValuePatterns.RoleArn, RegexOptions.CultureInvariant)]
    public static partial Regex RoleArn();

    [GeneratedRegex(ValuePatterns.VpcId, RegexOptions.CultureInvariant)]
    public static partial Regex VpcId();

    [GeneratedRegex(ValuePatterns.SubnetId, RegexOptions.CultureInvariant)]
    public static partial Regex SubnetId();

    [GeneratedRegex(ValuePatterns.Email, RegexOptions.CultureInvariant)]
    public static partial Regex Email();

    [GeneratedRegex(ValuePatterns.RbacSecurityGroup, RegexOptions.CultureInvariant)]
    public static partial Regex RbacSecurityGroup();

    [GeneratedRegex(ValuePatterns.PolicyId, RegexOptions.CultureInvariant)]
    public static partial Regex PolicyId();

    [GeneratedRegex(ValuePatterns.HostedZoneId, RegexOptions.CultureInvariant)]
    public static partial Regex HostedZoneId();

    [GeneratedRegex(ValuePatterns.ManagedZone, RegexOptions.CultureInvariant)]
    public static partial Regex ManagedZone();

    [GeneratedRegex(ValuePatterns.CpuQuantity, RegexOptions.CultureInvariant)]
    public static partial Regex CpuQuantity();
}
