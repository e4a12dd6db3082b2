using System.Collections.Immutable;
using FleetInfra.Core.Config;

namespace FleetInfra.Core.Addons;

/// <summary>EKS: ExternalDNS writing the Ingress hosts of the cluster into one Route 53 zone.</summary>
/// <param name="Chart">The pinned chart.</param>
/// <param name="Zone">The only zone it may write to (its IAM policy names just this zone).</param>
/// <param name="TxtOwnerId">The owner id of its TXT registry records, unique per stack and cluster, so clusters never delete each other's records.</param>
/// <param name="Hosts">The Ingress hosts in the zone, sorted.</param>
public sealed record ExternalDnsPlan(HelmChart Chart, Route53Zone Zone, string TxtOwnerId, ImmutableArray<string> Hosts);
