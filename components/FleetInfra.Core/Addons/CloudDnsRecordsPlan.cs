using System.Collections.Immutable;
using FleetInfra.Core.Config;

namespace FleetInfra.Core.Addons;

/// <summary>
/// GKE: Pulumi-managed A records in a Cloud DNS zone, each pointing a host at its app's reserved static IP, or, in an
/// apps-only (review) stack, at its app's Ingress address.
/// </summary>
/// <param name="Zone">The managed zone.</param>
/// <param name="Project">The zone's project (its own, else the cluster's).</param>
/// <param name="Records">One record per host, sorted by host.</param>
public sealed record CloudDnsRecordsPlan(CloudDnsZone Zone, string Project, ImmutableArray<DnsRecordPlan> Records);

/// <summary>
/// An A record for <paramref name="Host"/> pointing at the static IP named <paramref name="StaticIpName"/>; null in an
/// apps-only stack, which reserves no address: the record points at the ephemeral address of <paramref name="App"/>'s Ingress.
/// </summary>
public sealed record DnsRecordPlan(string Host, string App, string? StaticIpName);
