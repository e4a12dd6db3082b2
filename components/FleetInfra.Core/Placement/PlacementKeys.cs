using FleetInfra.Core.Schema;

namespace FleetInfra.Core.Placement;

/// <summary>
/// The keys of a cluster selector (Kubernetes' LabelSelector: <c>matchLabels</c>, <c>matchExpressions</c>) and of
/// <c>placement</c>, shared by intents, <c>fleet:placement</c> and rollout waves. Patterns come from
/// <see cref="CompiledPatterns"/> directly so this table depends on no other key table.
/// </summary>
public static class PlacementKeys
{
    public static readonly IReadOnlyCollection<string> Operators = ["In", "NotIn", "Exists", "DoesNotExist"];

    private static readonly TextSpec LabelKey = TextSpec.Matching(ValuePatterns.LabelKey) with { What = "a label key like region" };

    private static readonly TextSpec LabelValue = TextSpec.Matching(ValuePatterns.LabelValue) with { AcceptsAnyScalar = true, What = "a label value like us-east-1" };

    public static readonly KeyTable Requirement = new("selectorRequirement", "One requirement of a selector: { key, operator: In|NotIn|Exists|DoesNotExist, values }.",
        new KeySpec("key", LabelKey, "The label key.") { Required = true },
        new KeySpec("operator", TextSpec.OneOf([.. Operators]), "In, NotIn (values required), Exists or DoesNotExist (no values).") { Required = true },
        new KeySpec("values", new ListSpec(LabelValue), "The values In and NotIn compare with."));

    public static readonly KeyTable Selector = new("clusterSelector", "Clusters by label, as a Kubernetes LabelSelector; region, provider, class and tier are every cluster's labels.",
        new KeySpec("matchLabels", new MapSpec(LabelKey, LabelValue), "Labels a cluster must have with exactly these values."),
        new KeySpec("matchExpressions", new ListSpec(Requirement), "Requirements a cluster's labels must all meet."));

    public static readonly KeyTable Placement = new("placement", "Where an app runs: { clusters: { matchLabels, matchExpressions } }. Default: every cluster.",
        new KeySpec("clusters", Selector, "The clusters the app runs on.") { Required = true });
}
