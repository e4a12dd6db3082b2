using System.Collections.Immutable;
using FleetInfra.Core.Config;
using FleetInfra.Core.Diagnostics;

namespace FleetInfra.Core.Planning;

/// <summary>
/// Only one DNS zone answers for a host: a host published by clusters on two providers or into two zones never gets a
/// working record and certificate from both, and two stacks writing one host into one zone overwrite (Cloud DNS record
/// sets) or refuse (ExternalDNS's TXT owner) each other's record. Clusters of one stack sharing a zone are fine: the first
/// cluster's record wins, as <see cref="Addons.AddonPlanner"/> plans.
/// </summary>
public static class HostOwnership
{
    /// <summary>The hosts the stack's clusters publish: ExternalDNS's hosts on EKS, the Cloud DNS records on GKE.</summary>
    public static ImmutableArray<HostClaim> ClaimsOf(string stack, IReadOnlyList<ClusterPlan> clusters, string? stackFile = null)
    {
        var claims = ImmutableArray.CreateBuilder<HostClaim>();
        for (var index = 0; index < clusters.Count; index++)
        {
            var cluster = clusters[index];
            var path = $"{StackKeys.Namespace}:clusters[{index}]";
            if (cluster.Addons.ExternalDns is { } dns)
            {
                var zone = dns.Zone;
                claims.AddRange(dns.Hosts.Select(host => new HostClaim(host, stack, cluster.Name, cluster.Provider,
                    $"route53:{zone.ZoneId ?? zone.ZoneName}", $"Route 53 zone {zone.ZoneName}{(zone.ZoneId is { } id ? $" {id}" : string.Empty)}",
                    cluster.Cluster.Source, path, stackFile)));
            }

            if (cluster.Addons.CloudDnsRecords is { } records)
            {
                var zone = records.Zone;
                claims.AddRange(records.Records.Select(record => new HostClaim(record.Host, stack, cluster.Name, cluster.Provider,
                    $"clouddns:{records.Project}/{zone.ManagedZone}", $"Cloud DNS zone {zone.ManagedZone} ({zone.ZoneName}) in project {records.Project}",
                    cluster.Cluster.Source, path, stackFile)));
            }
        }

        return claims.ToImmutable();
    }

    /// <summary>One error per host of <paramref name="own"/> that another zone, or another stack in the same zone, also publishes.</summary>
    public static void Check(IReadOnlyList<HostClaim> own, IReadOnlyList<HostClaim> otherStacks, DiagnosticBag diagnostics)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var claim in own)
        {
            if (reported.Contains(claim.Host)
                || own.Concat(otherStacks).FirstOrDefault(other => other.Host == claim.Host && Conflict(claim, other) is not null) is not { } other)
            {
                continue;
            }

            reported.Add(claim.Host);
            diagnostics.Error(claim.Source, claim.ClusterPath,
                $"host '{claim.Host}' would be published by {claim.Owner} and by {other.Owner}; {Conflict(claim, other)}");
        }
    }

    private static string? Conflict(HostClaim first, HostClaim second) =>
        first.ZoneKey != second.ZoneKey
            ? "only one zone answers for a host, so the other's records and certificate never work; serve it from clusters of one provider and zone (the cluster's apps, or the app's custom_domains in fleet:appOverrides)"
            : first.Stack != second.Stack
                ? "two stacks writing one host into one zone overwrite or delete each other's record; give each stack its own hosts (the app's custom_domains in fleet:appOverrides)"
                : null;
}
