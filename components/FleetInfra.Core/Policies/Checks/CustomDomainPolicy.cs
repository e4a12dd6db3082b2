using FleetInfra.Core.Intents;

namespace FleetInfra.Core.Policies.Checks;

/// <summary>
/// FI006: every custom domain is the stack's <c>fleet:domain</c>, one of <c>fleet:allowedDomains</c>, or a name under
/// one of them: a typo or someone else's domain would otherwise get a load balancer route and a certificate request.
/// </summary>
public sealed class CustomDomainPolicy : IPolicy
{
    public string Id => "FI006";

    public string Title => "custom domains belong to fleet:domain or fleet:allowedDomains";

    public PolicyLevel DefaultLevel => PolicyLevel.Error;

    public IEnumerable<PolicyFinding> Check(PolicyContext context)
    {
        var allowed = (context.Stack.Domain is { } domain ? [domain] : Array.Empty<string>()).Concat(context.Stack.AllowedDomains).ToList();
        var described = allowed.Count == 0 ? "the stack sets neither fleet:domain nor fleet:allowedDomains" : $"it is not under {string.Join(", ", allowed)}";
        return context.Apps
            .SelectMany(a => a.Intent.CustomDomains.Select(d => (a.Intent, Domain: d)))
            .Where(x => !allowed.Any(parent => x.Domain.Domain == parent || x.Domain.Domain.EndsWith("." + parent, StringComparison.Ordinal)))
            .Select(x => new PolicyFinding(
                x.Domain.Source ?? x.Intent.SourceOf(IntentKeys.CustomDomains),
                PolicyContext.FieldOf(x.Intent, IntentKeys.CustomDomains),
                $"'{x.Domain.Domain}' is outside the stack's domains ({described}); use a host under them or add its domain to fleet:allowedDomains"));
    }
}
