using System.Collections.Immutable;
using FleetInfra.Core.Config;
using FleetInfra.Core.Planning;

namespace FleetInfra.Core.Review;

/// <summary>What the planner does differently for an apps-only stack's apps on its base's clusters.</summary>
internal static partial class AppsOnlyPlanning
{
    /// <summary>Every governed namespace of an apps-only stack gets its small quota instead of its share of the team's budget.</summary>
    public static ImmutableArray<AppPlan> Quota(StackConfig stack, ImmutableArray<AppPlan> apps)
    {
        var quota = AppsOnlyStack.QuotaOf(stack);
        return [.. apps.Select(app => app.Governance is { } governance ? app with { Governance = governance with { Quota = quota } } : app)];
    }

    /// <summary>
    /// Whether a default host is listed in the Ingress's <c>tls</c>. On EKS an apps-only stack's Ingresses join the base
    /// cluster's shared ALB group (<c>group.name</c> is the cluster's name), where a TLS host no certificate covers stops
    /// the controller from reconciling the whole group; the stack plans no ACM certificate of its own, so its hosts are in
    /// <c>tls</c> only when the base cluster names one (<c>certificateArn</c>, a wildcard for <c>*.&lt;cluster&gt;.&lt;domain&gt;</c>).
    /// GKE routes get a ManagedCertificate of their own (Google-managed certificates cannot be wildcards).
    /// </summary>
    public static bool InTls(StackConfig stack, ClusterConfig cluster) =>
        !stack.IsAppsOnly || cluster.Provider != CloudProvider.Eks || cluster.CertificateArn is not null;
}
