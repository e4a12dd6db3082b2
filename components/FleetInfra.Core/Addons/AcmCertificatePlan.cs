using System.Collections.Immutable;
using FleetInfra.Core.Config;

namespace FleetInfra.Core.Addons;

/// <summary>
/// EKS: one ACM certificate for the cluster's hosts, validated by DNS in the Route 53 zone. The ALB controller finds it
/// through certificate discovery (the Ingress hosts), so the render names no ARN.
/// </summary>
/// <param name="Zone">Where the validation records go.</param>
/// <param name="Domains">The certificate's names: the first is its domain name, the rest its alternative names.</param>
public sealed record AcmCertificatePlan(Route53Zone Zone, ImmutableArray<string> Domains)
{
    /// <summary>Whether one of the names matches <paramref name="host"/>: itself, or a wildcard for exactly one more label.</summary>
    public bool Covers(string host)
    {
        var parent = host.IndexOf('.', StringComparison.Ordinal) is var dot and > 0 ? host[(dot + 1)..] : null;
        return Domains.Any(d => d == host || (parent is not null && d == $"*.{parent}"));
    }
}
