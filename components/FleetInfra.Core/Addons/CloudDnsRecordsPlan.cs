using System.Collections.Immutable;
using FleetInfra.Core.Config;

namespace FleetInfra.Core.Addons;

/// <summary>GKE: Pulumi-managed A records in a Cloud DNS zone, each pointing a host at its app's reserved static IP.</summary>
/// <param name="Zone">The managed zone.</param>
/// <param name="Project">The zone's project (its own, else the cluster's).</param>
/// <param name="Records">One record per host, sorted by host.</param>
public sealed record CloudDnsRecordsPlan(CloudDnsZone Zone, string Project, ImmutableArray<DnsRecordPlan> Records);

/// <summary>An A record for <paramref name="Host"/> pointing at the static IP named <paramref name="StaticIpName"/>.</summary>
public sealed record DnsRecordPlan(string Host, string App, string StaticIpName);
