using System.Text.Json.Serialization;

namespace FleetInfra.Core.Rendering.CustomResources;

/// <summary>GKE <c>cloud.google.com/v1</c> BackendConfig: the load balancer's health check for a Service.</summary>
public sealed record BackendConfig : CustomResource<BackendConfigSpec>
{
    public const string GroupVersion = "cloud.google.com/v1";
    public const string KindName = "BackendConfig";
}

public sealed record BackendConfigSpec
{
    [JsonPropertyName("healthCheck")]
    public required BackendHealthCheck HealthCheck { get; set; }
}

public sealed record BackendHealthCheck
{
    [JsonPropertyName("checkIntervalSec")]
    public int? CheckIntervalSec { get; set; }

    [JsonPropertyName("timeoutSec")]
    public int? TimeoutSec { get; set; }

    [JsonPropertyName("healthyThreshold")]
    public int? HealthyThreshold { get; set; }

    [JsonPropertyName("unhealthyThreshold")]
    public int? UnhealthyThreshold { get; set; }

    [JsonPropertyName("type")]
    public required string Type { get; set; }

    [JsonPropertyName("requestPath")]
    public required string RequestPath { get; set; }

    [JsonPropertyName("port")]
    public required int Port { get; set; }
}
