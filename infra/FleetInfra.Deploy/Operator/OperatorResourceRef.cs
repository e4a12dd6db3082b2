using System.Text.Json.Serialization;

namespace FleetInfra.Deploy.Operator;

/// <summary>The operator's <c>ResourceRef</c>, here always a key of a Secret in the Stack's namespace.</summary>
public sealed record OperatorResourceRef
{
    [JsonPropertyName("type")]
    public string Type { get; set; } = "Secret";

    [JsonPropertyName("secret")]
    public required OperatorSecretRef Secret { get; set; }

    public static OperatorResourceRef SecretKey(string name, string key) => new() { Secret = new OperatorSecretRef { Name = name, Key = key } };
}

public sealed record OperatorSecretRef
{
    [JsonPropertyName("name")]
    public required string Name { get; set; }

    [JsonPropertyName("key")]
    public required string Key { get; set; }
}

/// <summary>The operator's <c>gitAuth</c>: here a personal access token.</summary>
public sealed record OperatorGitAuth
{
    [JsonPropertyName("accessToken")]
    public required OperatorResourceRef AccessToken { get; set; }
}
