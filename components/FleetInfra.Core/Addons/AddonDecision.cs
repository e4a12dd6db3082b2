namespace FleetInfra.Core.Addons;

/// <summary>One line of <c>fleet plan</c>'s add-on table: what a cluster gets for a need, how, and why.</summary>
/// <param name="Need">What the rendered objects need to take effect, like <c>metrics</c> or <c>dns</c>.</param>
/// <param name="Delivery">What provides it: a pinned Helm chart, an EKS add-on, a GKE built-in, or <c>off</c>.</param>
/// <param name="Reason">Which objects of the cluster need it.</param>
public sealed record AddonDecision(string Need, string Delivery, string Reason);
