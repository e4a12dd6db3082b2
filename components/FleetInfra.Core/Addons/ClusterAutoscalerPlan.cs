using System.Collections.Immutable;

namespace FleetInfra.Core.Addons;

/// <summary>EKS: Cluster Autoscaler discovering the cluster's managed node groups by their auto-discovery tags.</summary>
/// <param name="Chart">The pinned chart.</param>
/// <param name="ImageTag">The release matching the cluster's Kubernetes minor version.</param>
/// <param name="NodeGroups">The node groups it scales (those with <c>minSize &lt; maxSize</c>).</param>
public sealed record ClusterAutoscalerPlan(HelmChart Chart, string ImageTag, ImmutableArray<string> NodeGroups);
