using System.Text.Json.Serialization;

namespace FleetInfra.Core.Rendering.CustomResources;

/// <summary>GKE <c>networking.gke.io/v1beta1</c> FrontendConfig: HTTP to HTTPS redirect on the load balancer.</summary>
public sealed record FrontendConfig : CustomResource<FrontendConfigSpec>
{
    public const string GroupVersion = "networking.gke.io/v1beta1";
    public const string KindName = "FrontendConfig";
}

public sealed record FrontendConfigSpec
{
    [JsonPropertyName("redirectToHttps")]
    public required RedirectToHttps RedirectToHttps { get; set; }
}

public sealed record RedirectToHttps
{
    [JsonPropertyName("enabled")]
    public required bool Enabled { get; set; }
}
