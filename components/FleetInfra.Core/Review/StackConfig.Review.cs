using FleetInfra.Core.Review;

namespace FleetInfra.Core.Config;

/// <summary>The keys of apps-only (review) stacks and of the bases that accept them.</summary>
public sealed partial record StackConfig
{
    /// <summary>An apps-only stack: the base stack whose clusters it deploys onto; null for a stack that owns its clusters.</summary>
    public ClustersReference? ClustersFrom { get; init; }

    /// <summary>An apps-only stack's expiry (<c>fleet:expiresAt</c>), after which <c>fleet deploy destroy --expired</c> removes it.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>How long an apps-only stack may go unchanged before it is suspended (<c>fleet:idleAfter</c>); null for the default.</summary>
    public TimeSpan? IdleAfter { get; init; }

    /// <summary>When an apps-only stack last changed (<c>fleet:lastChangeAt</c>); null when unknown (it is never suspended for idleness).</summary>
    public DateTimeOffset? LastChangeAt { get; init; }

    /// <summary>An apps-only stack runs no pod (<c>fleet:suspended</c>).</summary>
    public bool Suspended { get; init; }

    /// <summary>The ResourceQuota of each namespace of an apps-only stack (<c>fleet:reviewQuota</c>); null for the defaults.</summary>
    public TeamBudget? ReviewQuota { get; init; }

    /// <summary>A production stack accepts apps-only stacks on its clusters only with <c>fleet:allowReviewOnProduction: true</c>.</summary>
    public bool AllowReviewOnProduction { get; init; }

    /// <summary>The stack owns no clusters: it deploys its apps onto <see cref="ClustersFrom"/>'s.</summary>
    public bool IsAppsOnly => ClustersFrom is not null;

    /// <summary>An app's namespace: the app's name, or <c>&lt;app&gt;-&lt;stack&gt;</c> in an apps-only stack.</summary>
    public string NamespaceOf(string app) => IsAppsOnly ? ReviewNames.Label(app, StackName) : app;
}
