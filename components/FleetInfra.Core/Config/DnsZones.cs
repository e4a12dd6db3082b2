namespace FleetInfra.Core.Config;

/// <summary>
/// The DNS zones of <c>fleet:dns</c> (or a cluster's <c>dns</c>): EKS clusters use <see cref="Route53"/>, GKE clusters
/// <see cref="CloudDns"/>. Without a zone for its provider a cluster's public hosts get no DNS records.
/// </summary>
public sealed record DnsZones
{
    public static readonly DnsZones None = new();

    public Route53Zone? Route53 { get; init; }

    public CloudDnsZone? CloudDns { get; init; }

    /// <summary>The zone a cluster of <paramref name="provider"/> writes to, or null.</summary>
    public IDnsZone? For(CloudProvider provider) => provider == CloudProvider.Eks ? Route53 : CloudDns;
}
