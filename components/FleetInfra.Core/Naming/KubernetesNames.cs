using System.Security.Cryptography;
using System.Text;
using FleetInfra.Core.Schema;

namespace FleetInfra.Core.Naming;

/// <summary>The Kubernetes and DNS name rules the inputs must already satisfy.</summary>
public static class KubernetesNames
{
    public const int MaxLabelLength = 63;

    public const int MaxPortNameLength = 15;

    public const int MaxHostLength = 253;

    /// <summary>DNS-1123 label: app, cluster, node group and namespace names.</summary>
    public static bool IsDnsLabel(string value) => value.Length <= MaxLabelLength && CompiledPatterns.DnsLabel().IsMatch(value);

    /// <summary>DNS-1123 subdomain: Secret names.</summary>
    public static bool IsDnsSubdomain(string value) => value.Length <= MaxHostLength && CompiledPatterns.DnsSubdomain().IsMatch(value);

    /// <summary>IANA service name: container and Service port names.</summary>
    public static bool IsPortName(string value) => value.Length <= MaxPortNameLength && CompiledPatterns.PortName().IsMatch(value);

    /// <summary>A fully qualified host name without wildcards, at least two labels.</summary>
    public static bool IsHostName(string value) => CompiledPatterns.HostName().IsMatch(value);

    public static bool IsEnvironmentVariableName(string value) => CompiledPatterns.EnvironmentVariable().IsMatch(value);

    public static bool IsSecretKey(string value) => value.Length <= MaxHostLength && CompiledPatterns.SecretKey().IsMatch(value);

    /// <summary>
    /// The first <paramref name="length"/> lower-case hex digits of the SHA-256 of <paramref name="text"/>: what a name cut
    /// to fit a length limit ends with, so it stays unique and the same input always gets the same name.
    /// </summary>
    public static string StableHash(string text, int length) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..length];
}
