using System.Text.Json.Serialization;
using FleetInfra.Core.Rendering.CustomResources;

namespace FleetInfra.Deploy.Operator;

/// <summary>
/// The Pulumi Kubernetes Operator's <c>pulumi.com/v1</c> Stack: a management cluster runs <c>pulumi up</c> for one stack
/// of the repository whenever its branch moves, and again every <see cref="OperatorStackSpec.ResyncFrequencySeconds"/>.
/// Field names as in the operator's <c>pulumi.com_stacks.yaml</c> (v2.x).
/// </summary>
public sealed record OperatorStack : CustomResource<OperatorStackSpec>
{
    public const string GroupVersion = "pulumi.com/v1";
    public const string KindName = "Stack";
}

public sealed record OperatorStackSpec
{
    /// <summary>The stack to deploy: <c>&lt;org&gt;/&lt;stack&gt;</c> on Pulumi Cloud, the bare name on a self-managed backend.</summary>
    [JsonPropertyName("stack")]
    public required string Stack { get; set; }

    [JsonPropertyName("projectRepo")]
    public required string ProjectRepo { get; set; }

    [JsonPropertyName("branch")]
    public required string Branch { get; set; }

    /// <summary>The folder of <c>Pulumi.yaml</c> in the repository.</summary>
    [JsonPropertyName("repoDir")]
    public string? RepoDir { get; set; }

    /// <summary>A self-managed state backend (s3://, gs://, azblob://, file://); absent for Pulumi Cloud.</summary>
    [JsonPropertyName("backend")]
    public string? Backend { get; set; }

    /// <summary>A Secret with <c>accessToken</c> for Pulumi Cloud.</summary>
    [JsonPropertyName("accessTokenSecret")]
    public string? AccessTokenSecret { get; set; }

    /// <summary>Secrets whose keys become environment variables of the workspace (cloud credentials, the passphrase).</summary>
    [JsonPropertyName("envSecrets")]
    public IList<string>? EnvSecrets { get; set; }

    /// <summary>A Secret with the git credentials (for example <c>accessToken</c>) to clone a private repository.</summary>
    [JsonPropertyName("gitAuthSecret")]
    public string? GitAuthSecret { get; set; }

    [JsonPropertyName("serviceAccountName")]
    public string? ServiceAccountName { get; set; }

    [JsonPropertyName("refresh")]
    public bool Refresh { get; set; }

    /// <summary>Never: deleting the Stack object must not delete the fleet.</summary>
    [JsonPropertyName("destroyOnFinalize")]
    public bool DestroyOnFinalize { get; set; }

    /// <summary>Keep reconciling on the same commit, so drift is corrected even when nothing was pushed.</summary>
    [JsonPropertyName("continueResyncOnCommitMatch")]
    public bool ContinueResyncOnCommitMatch { get; set; }

    [JsonPropertyName("resyncFrequencySeconds")]
    public int ResyncFrequencySeconds { get; set; }
}
