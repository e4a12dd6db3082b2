using FleetInfra.Core.Intents;

namespace FleetInfra.Core.Policies.Checks;

/// <summary>
/// FI007: a public app has an HTTP readiness probe. The load balancer's health check copies it: with a TCP probe
/// the ALB and GCE health checks request <c>/</c>, and an app that answers <c>/</c> with an error is never served.
/// </summary>
public sealed class PublicReadinessPolicy : IPolicy
{
    public string Id => "FI007";

    public string Title => "public apps have an HTTP readiness probe";

    public PolicyLevel DefaultLevel => PolicyLevel.Warning;

    public IEnumerable<PolicyFinding> Check(PolicyContext context) =>
        context.Apps
            .Where(a => a.App.IsPublic && a.App.Readiness is not { Kind: ProbeKind.Http })
            .Select(a => new PolicyFinding(
                a.Intent.SourceOf(IntentKeys.HealthChecks),
                $"{PolicyContext.FieldOf(a.Intent, IntentKeys.HealthChecks)}.readiness_probe",
                $"public app '{a.App.Name}' has no HTTP readiness probe, so the load balancer health check requests / on port {a.App.Readiness?.Port ?? a.App.Ports[0].Number}; add healthchecks.readiness_probe.type.http with the port and path of a readiness endpoint"));
}
