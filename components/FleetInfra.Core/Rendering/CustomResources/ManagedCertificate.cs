using System.Text.Json.Serialization;

namespace FleetInfra.Core.Rendering.CustomResources;

/// <summary>GKE <c>networking.gke.io/v1</c> ManagedCertificate: Google-managed TLS for up to 100 hosts, no wildcards.</summary>
public sealed record ManagedCertificate : CustomResource<ManagedCertificateSpec>
{
    public const string GroupVersion = "networking.gke.io/v1";
    public const string KindName = "ManagedCertificate";
    public const int MaxDomains = 100;
}

public sealed record ManagedCertificateSpec
{
    [JsonPropertyName("domains")]
    public required IList<string> Domains { get; set; }
}
