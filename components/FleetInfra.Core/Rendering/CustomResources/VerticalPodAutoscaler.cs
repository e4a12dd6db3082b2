using System.Text.Json.Serialization;

namespace FleetInfra.Core.Rendering.CustomResources;

/// <summary>
/// <c>autoscaling.k8s.io/v1</c> VerticalPodAutoscaler: recommends (and in some modes applies) a pod's CPU and memory
/// requests. Fields follow the CRD of kubernetes/autoscaler tag <c>vertical-pod-autoscaler-1.7.1</c>
/// (<c>vertical-pod-autoscaler/deploy/vpa-v1-crd-gen.yaml</c>, the test fixture).
/// </summary>
public sealed record VerticalPodAutoscaler : CustomResource<VerticalPodAutoscalerSpec>
{
    public const string GroupVersion = "autoscaling.k8s.io/v1";
    public const string KindName = "VerticalPodAutoscaler";
}

public sealed record VerticalPodAutoscalerSpec
{
    [JsonPropertyName("targetRef")]
    public required ScaleTargetRef TargetRef { get; set; }

    [JsonPropertyName("updatePolicy")]
    public required VerticalUpdatePolicy UpdatePolicy { get; set; }

    [JsonPropertyName("resourcePolicy")]
    public required VerticalResourcePolicy ResourcePolicy { get; set; }
}

public sealed record VerticalUpdatePolicy
{
    /// <summary><c>Off</c> (recommend only), <c>Recreate</c> or <c>InPlaceOrRecreate</c>.</summary>
    [JsonPropertyName("updateMode")]
    public required string UpdateMode { get; set; }
}

public sealed record VerticalResourcePolicy
{
    [JsonPropertyName("containerPolicies")]
    public required IList<VerticalContainerPolicy> ContainerPolicies { get; set; }
}

public sealed record VerticalContainerPolicy
{
    [JsonPropertyName("containerName")]
    public required string ContainerName { get; set; }

    [JsonPropertyName("controlledResources")]
    public required IList<string> ControlledResources { get; set; }

    /// <summary><c>RequestsAndLimits</c>: the memory limit follows the request, as FleetInfra renders them equal.</summary>
    [JsonPropertyName("controlledValues")]
    public required string ControlledValues { get; set; }

    [JsonPropertyName("minAllowed")]
    public required IDictionary<string, string> MinAllowed { get; set; }

    [JsonPropertyName("maxAllowed")]
    public required IDictionary<string, string> MaxAllowed { get; set; }
}
