namespace FleetInfra.Core.Planning;

/// <summary>The plan of an apps-only stack's apps on one of its base's clusters.</summary>
public sealed partial record ClusterPlan
{
    /// <summary>The apps-only stack whose apps these are, in namespaces <c>&lt;app&gt;-&lt;stack&gt;</c>; null when the stack owns the cluster.</summary>
    public string? ReviewStack { get; init; }

    /// <summary>The namespace of an app of this plan (the peers of its NetworkPolicies are selected by namespace name).</summary>
    public string NamespaceOf(string app) => ReviewStack is { } stack ? Review.ReviewNames.Label(app, stack) : app;
}
