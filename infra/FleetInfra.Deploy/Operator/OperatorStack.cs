using System.Text.Json.Serialization;
using FleetInfra.Core.Rendering.CustomResources;

namespace FleetInfra.Deploy.Operator;

/// <summary>
/// The Pulumi Kubernetes Operator's <c>pulumi.com/v1</c> Stack: a management cluster runs <c>pulumi up</c> (or, with
/// <see cref="OperatorStackSpec.Preview"/>, only previews) for one stack of the repository whenever its branch moves,
/// and again every <see cref="OperatorStackSpec.ResyncFrequencySeconds"/>. Field names as in the operator's
/// <c>deploy/crds/pulumi.com_stacks.yaml</c> at v2.9.0; none of its deprecated fields (<c>envSecrets</c>,
/// <c>accessTokenSecret</c>, <c>gitAuthSecret</c>) is used.
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

    /// <summary>The workspace's environment variables, each read from a Secret key (the passphrase, the access token).</summary>
    [JsonPropertyName("envRefs")]
    public IDictionary<string, OperatorResourceRef>? EnvRefs { get; set; }

    /// <summary>The git credentials to clone a private repository.</summary>
    [JsonPropertyName("gitAuth")]
    public OperatorGitAuth? GitAuth { get; set; }

    [JsonPropertyName("serviceAccountName")]
    public required string ServiceAccountName { get; set; }

    /// <summary>Only previews, never updates: what a production stack gets unless <c>--reconcile-production</c>.</summary>
    [JsonPropertyName("preview")]
    public bool? Preview { get; set; }

    [JsonPropertyName("refresh")]
    public bool Refresh { get; set; }

    /// <summary>Never: deleting the Stack object must not delete the fleet.</summary>
    [JsonPropertyName("destroyOnFinalize")]
    public bool DestroyOnFinalize { get; set; }

    /// <summary>Keep reconciling on the same commit, so drift is corrected (or, previewing, reported) even when nothing was pushed.</summary>
    [JsonPropertyName("continueResyncOnCommitMatch")]
    public bool ContinueResyncOnCommitMatch { get; set; }

    [JsonPropertyName("resyncFrequencySeconds")]
    public int ResyncFrequencySeconds { get; set; }

    /// <summary>The workspace pod: a pinned image and its resources (a strategic merge patch over the operator's Workspace).</summary>
    [JsonPropertyName("workspaceTemplate")]
    public OperatorWorkspaceTemplate? WorkspaceTemplate { get; set; }
}
