namespace FleetInfra.Core.Addons;

/// <summary>
/// The VerticalPodAutoscaler a cluster gets because an app asks for <c>vertical_scaling</c>: on EKS the kubernetes/autoscaler
/// chart (<see cref="Chart"/>), on GKE the built-in vertical Pod autoscaling (<c>verticalPodAutoscaling.enabled</c>, Chart null).
/// </summary>
/// <param name="Chart">The pinned chart on EKS; null on GKE, where the cluster provides it.</param>
/// <param name="AppliesRecommendations">
/// An app uses <c>auto</c>, so the chart's updater and admission controller run; with only <c>recommend</c> apps the
/// recommender alone does (values <c>updater.enabled</c>, <c>admissionController.enabled</c> of the chart's values.yaml).
/// </param>
public sealed record VerticalPodAutoscalerPlan(HelmChart? Chart, bool AppliesRecommendations);
