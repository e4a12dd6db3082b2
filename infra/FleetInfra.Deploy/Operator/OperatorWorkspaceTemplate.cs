using System.Text.Json.Serialization;
using k8s.Models;

namespace FleetInfra.Deploy.Operator;

/// <summary>The Stack's <c>workspaceTemplate</c>: the parts of the operator's Workspace FleetInfra sets.</summary>
public sealed record OperatorWorkspaceTemplate
{
    [JsonPropertyName("spec")]
    public required OperatorWorkspaceSpec Spec { get; set; }
}

public sealed record OperatorWorkspaceSpec
{
    /// <summary>The image with the <c>pulumi</c> CLI and the program's language runtime.</summary>
    [JsonPropertyName("image")]
    public required string Image { get; set; }

    /// <summary><c>restricted</c>: the workspace pod runs under the restricted Pod Security Standard.</summary>
    [JsonPropertyName("securityProfile")]
    public required string SecurityProfile { get; set; }

    [JsonPropertyName("resources")]
    public required V1ResourceRequirements Resources { get; set; }
}
