namespace FleetInfra.Core.Diffing;

/// <summary>One change to a cluster's plan outside the rendered objects: the cluster itself, a node group, an add-on or a DNS record.</summary>
/// <param name="Part"><c>cluster</c>, <c>nodeGroup</c>, <c>addon</c> or <c>dnsRecord</c>.</param>
/// <param name="Name">The cluster, node group, add-on need (like <c>metrics</c>) or host.</param>
/// <param name="Field">The field that changes (like <c>kubernetesVersion</c> or <c>instanceTypes</c>); null when the whole part is added or removed.</param>
/// <param name="Change">What happens to it.</param>
/// <param name="Before">The value at the base, as text; null when added.</param>
/// <param name="After">The value in the working tree, as text; null when removed.</param>
public sealed record PlanChange(string Part, string Name, string? Field, DiffChange Change, string? Before, string? After);
