using System.Text.Json.Serialization;

namespace FleetInfra.Core.Rendering.CustomResources;

/// <summary>
/// KEDA <c>keda.sh/v1alpha1</c> ScaledObject: owns a Deployment's replica count through the HPA it creates, and
/// scales it to zero when no trigger is active. Fields follow the CRD of KEDA 2.20.2 (the test fixture).
/// </summary>
public sealed record ScaledObject : CustomResource<ScaledObjectSpec>
{
    public const string GroupVersion = "keda.sh/v1alpha1";
    public const string KindName = "ScaledObject";
}

public sealed record ScaledObjectSpec
{
    [JsonPropertyName("scaleTargetRef")]
    public required ScaleTargetRef ScaleTargetRef { get; set; }

    [JsonPropertyName("minReplicaCount")]
    public required int MinReplicaCount { get; set; }

    [JsonPropertyName("maxReplicaCount")]
    public required int MaxReplicaCount { get; set; }

    [JsonPropertyName("cooldownPeriod")]
    public int? CooldownPeriod { get; set; }

    [JsonPropertyName("advanced")]
    public ScaledObjectAdvanced? Advanced { get; set; }

    [JsonPropertyName("triggers")]
    public required IList<ScaledObjectTrigger> Triggers { get; set; }
}

/// <summary>KEDA's <c>spec.advanced</c>: what happens to the HPA it creates and to the replicas when the ScaledObject goes.</summary>
public sealed record ScaledObjectAdvanced
{
    /// <summary>On deletion, KEDA's finalizer scales the target back to the replica count it had before KEDA took it over.</summary>
    [JsonPropertyName("restoreToOriginalReplicaCount")]
    public bool RestoreToOriginalReplicaCount { get; set; }

    [JsonPropertyName("horizontalPodAutoscalerConfig")]
    public HorizontalPodAutoscalerConfig? HorizontalPodAutoscalerConfig { get; set; }
}

/// <summary>KEDA's <c>spec.advanced.horizontalPodAutoscalerConfig</c>: the name of the HPA KEDA creates or adopts.</summary>
public sealed record HorizontalPodAutoscalerConfig
{
    [JsonPropertyName("name")]
    public required string Name { get; set; }
}

public sealed record ScaleTargetRef
{
    [JsonPropertyName("apiVersion")]
    public required string ApiVersion { get; set; }

    [JsonPropertyName("kind")]
    public required string Kind { get; set; }

    [JsonPropertyName("name")]
    public required string Name { get; set; }
}

public sealed record ScaledObjectTrigger
{
    [JsonPropertyName("type")]
    public required string Type { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("metricType")]
    public string? MetricType { get; set; }

    /// <summary>Every value is text, as the CRD requires (<c>additionalProperties: { type: string }</c>).</summary>
    [JsonPropertyName("metadata")]
    public required IDictionary<string, string> Metadata { get; set; }

    /// <summary>The (Cluster)TriggerAuthentication the scaler authenticates with; null for none.</summary>
    [JsonPropertyName("authenticationRef")]
    public AuthenticationRef? AuthenticationRef { get; set; }
}

/// <summary>A trigger's <c>authenticationRef</c>: <c>kind</c> is TriggerAuthentication (the default) or ClusterTriggerAuthentication.</summary>
public sealed record AuthenticationRef
{
    [JsonPropertyName("name")]
    public required string Name { get; set; }

    [JsonPropertyName("kind")]
    public string? Kind { get; set; }
}
