namespace FleetInfra.Deploy.Operator;

/// <summary>What every operator Stack of the repository shares: where the code is and which Secrets hold credentials.</summary>
/// <param name="Repository">The git URL the operator clones.</param>
/// <param name="Branch">The branch it follows.</param>
/// <param name="ProjectPath">The folder of <c>Pulumi.yaml</c> in the repository (empty for the root).</param>
/// <param name="Namespace">The management cluster's namespace for the Stack objects.</param>
/// <param name="Backend">A self-managed backend URL, or null for Pulumi Cloud.</param>
/// <param name="Organization">The Pulumi Cloud organization (stack names become <c>org/stack</c>), or null.</param>
/// <param name="ReconcileProduction">Let the operator update production stacks; without it they are preview-only.</param>
public sealed record OperatorSettings(string Repository, string Branch, string ProjectPath, string Namespace, string? Backend, string? Organization, bool ReconcileProduction = false)
{
    /// <value>The Secret with <c>accessToken</c> for Pulumi Cloud.</value>
    public const string AccessTokenSecret = "pulumi-access-token";

    /// <value>The Secret with <c>PULUMI_CONFIG_PASSPHRASE</c> for self-managed backends.</value>
    public const string CredentialsSecret = "fleetinfra-credentials";

    /// <value>The Secret with the git credentials (<c>accessToken</c>) of a private repository.</value>
    public const string GitAuthSecret = "fleetinfra-git";

    /// <value>Ten minutes between reconciliations of an unchanged commit.</value>
    public const int ResyncFrequencySeconds = 600;

    /// <value>
    /// The Pulumi CLI the workspace runs, the same version the workflow installs. The image is the "kitchen sink"
    /// <c>pulumi/pulumi</c> in its non-root variant: pulumi/pulumi-docker-containers at tag 3.259.0,
    /// <c>docker/pulumi/Dockerfile</c>, installs .NET 8, 9 and 10 (this program targets .NET 10) and has a
    /// <c>nonroot</c> stage, which the restricted security profile needs.
    /// </value>
    public const string PulumiVersion = "3.259.0";

    public const string WorkspaceImage = $"pulumi/pulumi:{PulumiVersion}-nonroot";
}
