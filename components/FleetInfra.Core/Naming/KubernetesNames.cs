using System.Text.RegularExpressions;
using FleetInfra.Core.Schema;

namespace FleetInfra.Core.Naming;

/// <summary>The Kubernetes and DNS name rules the inputs must already satisfy.</summary>
public static partial class KubernetesNames
{
    public const int MaxLabelLength = 63;

    public const int MaxPortNameLength = 15;

    public const int MaxHostLength = 253;

    /// <summary>DNS-1123 label: app, cluster, node group and namespace names.</summary>
    public static bool IsDnsLabel(string value) => value.Length <= MaxLabelLength && DnsLabel().IsMatch(value);

    /// <summary>DNS-1123 subdomain: Secret names.</summary>
    public static bool IsDnsSubdomain(string value) => value.Length <= MaxHostLength && DnsSubdomain().IsMatch(value);

    /// <summary>IANA service name: container and Service port names.</summary>
    public static bool IsPortName(string value) => value.Length <= MaxPortNameLength && PortName().IsMatch(value);

    /// <summary>A fully qualified host name without wildcards, at least two labels.</summary>
    public static bool IsHostName(string value) => HostName().IsMatch(value);

    public static bool IsEnvironmentVariableName(string value) => EnvironmentVariable().IsMatch(value);

    public static bool IsSecretKey(string value) => value.Length <= MaxHostLength && SecretKey().IsMatch(value);

    [GeneratedRegex(ValuePatterns.DnsLabel, RegexOptions.CultureInvariant)]
    private static partial Regex DnsLabel();

    [GeneratedRegex(ValuePatterns.DnsSubdomain, RegexOptions.CultureInvariant)]
    private static partial Regex DnsSubdomain();

    [GeneratedRegex(ValuePatterns.PortName, RegexOptions.CultureInvariant)]
    private static partial Regex PortName();

    [GeneratedRegex(ValuePatterns.HostName, RegexOptions.CultureInvariant)]
    private static partial Regex HostName();

    [GeneratedRegex(ValuePatterns.EnvironmentVariable, RegexOptions.CultureInvariant)]
    private static partial Regex EnvironmentVariable();

    [GeneratedRegex(ValuePatterns.SecretKey, RegexOptions.CultureInvariant)]
    private static partial Regex SecretKey();
}
