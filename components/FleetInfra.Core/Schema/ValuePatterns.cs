namespace FleetInfra.Core.Schema;

/// <summary>
/// Regular expressions shared by the parsers (<c>[GeneratedRegex]</c>) and the JSON Schemas (<c>pattern</c>). Each is
/// anchored and uses only syntax that .NET and ECMAScript read alike, so an editor checks what <c>fleet</c> checks.
/// </summary>
public static class ValuePatterns
{
    public const string DnsLabel = "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$";

    public const string DnsSubdomain = @"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$";

    /// <summary>A fully qualified host name: at least two DNS labels of at most 63 characters, at most 253 in all, no wildcard.</summary>
    public const string HostName = @"^(?=.{1,253}$)[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)+$";

    /// <summary>A DNS zone name: a host name, optionally with the root's trailing dot.</summary>
    public const string ZoneName = @"^(?=.{1,254}$)[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)+\.?$";

    /// <summary>An IANA service name: lower-case letters, digits and '-', at least one letter, no '--' (length checked apart).</summary>
    public const string PortName = "^(?!.*--)(?=.*[a-z])[a-z0-9]([-a-z0-9]*[a-z0-9])?$";

    /// <summary>A port number from 1 to 65535 written as text (the key of <c>- 8080: true</c>).</summary>
    public const string PortNumber = "^([1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])$";

    public const string EnvironmentVariable = "^[A-Za-z_][A-Za-z0-9_]*$";

    public const string SecretKey = "^[-._a-zA-Z0-9]+$";

    public const string HttpPath = @"^/[^\s\x00-\x1f\x7f-\x9f]*$";

    public const string ImageTag = "^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$";

    /// <summary>
    /// A pinned image: lower-case <c>repository:tag</c> (the tag lower-case too) with a tag other than <c>latest</c>, or anything followed by
    /// <c>@sha256:</c> and 64 hex digits.
    /// </summary>
    public const string PinnedImage = @"^([^@]*@sha256:[a-f0-9]{64}|([^\s\x00-\x1f\x7f-\x9fA-Z@]*/)?[^\s\x00-\x1f\x7f-\x9fA-Z@/:]+:(?!latest$)[a-z0-9_][a-z0-9_.-]{0,127})$";

    public const string Digest = "^sha256:[a-f0-9]{64}$";

    public const string Registry = "^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]{1,5})?(/[a-z0-9]+([._-][a-z0-9]+)*)*/?$";

    public const string Region = "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$";

    public const string KubernetesVersion = @"^1\.[0-9]{2}$";

    public const string ProjectId = "^[a-z][-a-z0-9]{4,28}[a-z0-9]$";

    public const string InstanceType = "^[a-z0-9][a-z0-9.-]{1,30}$";

    public const string LabelValue = "^(([A-Za-z0-9][-A-Za-z0-9_.]{0,61})?[A-Za-z0-9])?$";

    /// <summary>A label or taint key: an optional DNS subdomain (at most 253) and '/', then 1-63 letters, digits, '-', '_' or '.'.</summary>
    public const string LabelKey = @"^((?=[^/]{1,253}/)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?([A-Za-z0-9][-A-Za-z0-9_.]{0,61})?[A-Za-z0-9]$";

    /// <summary>An IPv4 CIDR: four decimal octets up to 255 and a prefix length up to 32.</summary>
    public const string Ipv4Cidr = @"^((25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])\.){3}(25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])/([0-2]?[0-9]|3[0-2])$";

    public const string CertificateArn = "^arn:aws[a-z-]*:acm:[a-z0-9-]+:[0-9]{12}:certificate/[A-Za-z0-9-]+$";

    public const string RoleArn = "^arn:aws[a-z-]*:iam::[0-9]{12}:role/[A-Za-z0-9+=,.@_/-]+$";

    public const string VpcId = "^vpc-[0-9a-f]{8,17}$";

    public const string SubnetId = "^subnet-[0-9a-f]{8,17}$";

    /// <summary>A working-hours window, like <c>Mon-Fri 07:00-20:00</c>; the parser checks the days and times.</summary>
    public const string WorkingHoursWindow = @"^(?<days>[A-Za-z]+(-[A-Za-z]+)?(,[A-Za-z]+(-[A-Za-z]+)?)*) +(?<start>[0-9]{1,2}:[0-9]{2})-(?<end>[0-9]{1,2}:[0-9]{2})$";

    /// <summary>An email address of a Google user or group.</summary>
    public const string Email = @"^[A-Za-z0-9._%+-]+@[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)+$";

    /// <summary>GKE's Google Groups for RBAC group: gke-security-groups@ and a domain (a <see cref="HostName"/>).</summary>
    public const string RbacSecurityGroup = @"^gke-security-groups@(?=.{1,253}$)[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)+$";

    /// <summary>A policy id like FI003.</summary>
    public const string PolicyId = "^FI[0-9]{3}$";

    public const string HostedZoneId = "^Z[A-Z0-9]{1,31}$";

    public const string ManagedZone = "^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$";

    /// <summary>The number of a CPU quantity: cores, or millicores with a trailing <c>m</c>.</summary>
    public const string CpuNumber = @"[0-9]{1,9}(\.[0-9]{1,6})?";

    public const string CpuQuantity = "^" + CpuNumber + "m?$";

    /// <summary>The number of a memory quantity; the unit follows (see <c>MemoryQuantity.Units</c>).</summary>
    public const string MemoryNumber = @"[0-9]{1,15}(\.[0-9]{1,9})?";
}
