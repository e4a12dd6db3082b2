using FleetInfra.Core.Diagnostics;

namespace FleetInfra.Core.Config;

/// <summary>A public Cloud DNS managed zone that GKE clusters write their hosts' records to.</summary>
/// <param name="ZoneName">The zone's DNS name, like <c>example.com</c>: a host belongs to the zone when it ends with it.</param>
/// <param name="ManagedZone">The managed zone's resource name, like <c>example-com</c>.</param>
/// <param name="Project">The project that holds the zone; null means the cluster's own project.</param>
/// <param name="Source">Where the zone is configured, for messages.</param>
public sealed record CloudDnsZone(string ZoneName, string ManagedZone, string? Project, SourceLocation Source) : IDnsZone;
