using FleetInfra.Core.Config;
using FleetInfra.Core.Diagnostics;

namespace FleetInfra.Core.Planning;

/// <summary>A host that one cluster of one stack publishes into one DNS zone: who owns its record.</summary>
/// <param name="Host">The host.</param>
/// <param name="Stack">The stack that publishes it.</param>
/// <param name="Cluster">The cluster whose load balancer it points at.</param>
/// <param name="Provider">The cluster's provider.</param>
/// <param name="ZoneKey">Identifies the zone: the Route 53 zone id (else its name), or the Cloud DNS project and managed zone.</param>
/// <param name="Zone">The zone for messages, like <c>Route 53 zone example.com Z0123...</c>.</param>
/// <param name="Source">Where the cluster is configured.</param>
/// <param name="ClusterPath">The cluster's field path, like <c>fleet:clusters[0]</c>.</param>
/// <param name="StackFile">The stack file, for claims of other stacks; null for the stack being checked.</param>
public sealed record HostClaim(
    string Host, string Stack, string Cluster, CloudProvider Provider, string ZoneKey, string Zone, SourceLocation Source, string ClusterPath, string? StackFile = null)
{
    /// <summary>The owner as messages name it: <c>stack/cluster (provider, zone)</c>.</summary>
    public string Owner =>
        $"{Stack}/{Cluster} ({Provider.ToString().ToLowerInvariant()}, {Zone}{(StackFile is null ? string.Empty : $", stack file {StackFile}")})";
}
