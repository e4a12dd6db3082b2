using System.Text.RegularExpressions;

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
    public static bool IsPortName(string value) =>
        value.Length <= MaxPortNameLength && PortName().IsMatch(value) && value.Any(char.IsAsciiLetterLower) && !value.Contains("--", StringComparison.Ordinal);

    /// <summary>A fully qualified host name without wildcards, at least two labels.</summary>
    public static bool IsHostName(string value) =>
        value.Length <= MaxHostLength && value.Contains('.', StringComparison.Ordinal) && value.Split('.').All(IsDnsLabel);

    public static bool IsEnvironmentVariableName(string value) => EnvironmentVariable().IsMatch(value);

    public static bool IsSecretKey(string value) => value.Length <= MaxHostLength && SecretKey().IsMatch(value);

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex DnsLabel();

    [GeneratedRegex(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", RegexOptions.CultureInvariant)]
    private static partial Regex DnsSubdomain();

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex PortName();

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex EnvironmentVariable();

    [GeneratedRegex("^[-._a-zA-Z0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex SecretKey();
}
