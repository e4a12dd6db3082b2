using System.Collections.Immutable;
using FleetInfra.Core.Addons;
using FleetInfra.Core.Config;
using FleetInfra.Core.Planning;

namespace FleetInfra.Core.Review;

/// <summary>The only thing an apps-only stack adds to its base's clusters: the Cloud DNS records of its GKE hosts.</summary>
internal static partial class AppsOnlyPlanning
{
    /// <summary>
    /// On EKS the base's ExternalDNS publishes the review's Ingress hosts itself, so nothing is planned. On GKE the base's
    /// records are Pulumi resources per host, so the review plans its own: an A record per public host in the base's Cloud
    /// DNS zone (the zone's project, else the cluster's), pointing at the app's Ingress address (<see cref="DnsRecordPlan.StaticIpName"/>
    /// null: a review reserves no static IP). None when the base turns <c>addons.dns</c> off or has no zone; hosts outside
    /// the zone get none (the base's plan already warns about its zone).
    /// </summary>
    public static ClusterAddons Addons(ClusterConfig cluster, ImmutableArray<AppPlan> apps, ISet<string> claimedHosts)
    {
        if (cluster.Provider != CloudProvider.Gke || !cluster.Addons.Dns || cluster.Dns.CloudDns is not IDnsZone zone)
        {
            return ClusterAddons.None;
        }

        var cloudDns = cluster.Dns.CloudDns;
        var project = cloudDns.Project ?? cluster.Project!;
        var records = apps
            .Where(app => app.IsPublic)
            .SelectMany(app => app.Routes.Select(route => route.Host).Where(zone.Covers).Distinct(StringComparer.Ordinal).Select(host => new DnsRecordPlan(host, app.Name, null)))
            .Where(record => claimedHosts.Add($"{project}/{cloudDns.ManagedZone}/{record.Host}"))
            .OrderBy(record => record.Host, StringComparer.Ordinal)
            .ToImmutableArray();
        if (records.IsEmpty)
        {
            return ClusterAddons.None;
        }

        return ClusterAddons.None with
        {
            CloudDnsRecords = new CloudDnsRecordsPlan(cloudDns, project, records),
            Decisions = [new AddonDecision("dns", $"Cloud DNS record sets in {cloudDns.ManagedZone} ({cloudDns.ZoneName})",
                $"{records.Length} A record{(records.Length == 1 ? string.Empty : "s")} to the Ingress addresses (no static IP in a review)")],
        };
    }
}
