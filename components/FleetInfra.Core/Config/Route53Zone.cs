using FleetInfra.Core.Diagnostics;

namespace FleetInfra.Core.Config;

/// <summary>A public Route 53 hosted zone that EKS clusters write their hosts' records and certificate validations to.</summary>
/// <param name="ZoneName">The zone's DNS name, like <c>example.com</c>: a host belongs to the zone when it ends with it.</param>
/// <param name="ZoneId">The hosted zone id (<c>Z0123...</c>); when null the Pulumi program looks the public zone up by name.</param>
/// <param name="Source">Where the zone is configured, for messages.</param>
public sealed record Route53Zone(string ZoneName, string? ZoneId, SourceLocation Source) : IDnsZone;
