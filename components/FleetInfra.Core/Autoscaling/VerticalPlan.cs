namespace FleetInfra.Core.Autoscaling;

/// <summary>
/// An app's VerticalPodAutoscaler on one cluster: the intent's mode and bounds with the VPA <c>updateMode</c> the
/// cluster supports (see <see cref="VerticalUpdateModes"/>).
/// </summary>
/// <param name="Setting">The intent's <c>vertical_scaling</c>.</param>
/// <param name="UpdateMode">The VPA's <c>spec.updatePolicy.updateMode</c>: <c>Off</c>, <c>InPlaceOrRecreate</c> or <c>Recreate</c>.</param>
public sealed record VerticalPlan(VerticalScaling Setting, string UpdateMode)
{
    /// <summary>The VPA changes pods (its updater and admission controller are needed), rather than only recommending.</summary>
    public bool AppliesRecommendations => Setting.Mode == VerticalScalingMode.Auto;
}
