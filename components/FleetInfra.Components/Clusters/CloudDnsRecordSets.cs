using FleetInfra.Core.Addons;
using Pulumi;
using Pulumi.Gcp.Dns;

namespace FleetInfra.Components.Clusters;

/// <summary>
/// The A records of a <see cref="CloudDnsRecordsPlan"/> as Cloud DNS record sets, one per host: a base cluster's point
/// at its reserved addresses (<see cref="GkeIngressAddresses"/>), an apps-only stack's at its Ingress addresses.
/// </summary>
public static class CloudDnsRecordSets
{
    /// <summary>Creates one record set per planned record, named after <paramref name="cluster"/> and the host.</summary>
    /// <param name="cluster">The cluster's name, which the record sets' resource names start with.</param>
    /// <param name="dns">The planned records and their zone.</param>
    /// <param name="ttlSeconds">The records' TTL.</param>
    /// <param name="addressOf">Each record's IPv4 address.</param>
    /// <param name="options">Fresh options for each record set; none when null.</param>
    public static void Create(string cluster, CloudDnsRecordsPlan dns, int ttlSeconds, Func<DnsRecordPlan, Input<string>> addressOf, Func<CustomResourceOptions>? options = null)
    {
        ArgumentNullException.ThrowIfNull(dns);
        ArgumentNullException.ThrowIfNull(addressOf);
        foreach (var record in dns.Records)
        {
            _ = new RecordSet(GkeResourceNames.RecordSet(cluster, record.Host), new RecordSetArgs
            {
                Project = dns.Project,
                ManagedZone = dns.Zone.ManagedZone,
                Name = $"{record.Host}.",
                Type = "A",
                Ttl = ttlSeconds,
                Rrdatas = { addressOf(record) },
            }, options?.Invoke());
        }
    }
}
