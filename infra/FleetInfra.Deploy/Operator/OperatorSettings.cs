namespace FleetInfra.Deploy.Operator;

/// <summary>What every operator Stack of the repository shares: where the code is and which Secrets hold credentials.</summary>
/// <param name="Repository">The git URL the operator clones.</param>
/// <param name="Branch">The branch it follows.</param>
/// <param name="ProjectPath">The folder of <c>Pulumi.yaml</c> in the repository (empty for the root).</param>
/// <param name="Namespace">The management cluster's namespace for the Stack objects.</param>
/// <param name="Backend">A self-managed backend URL, or null for Pulumi Cloud.</param>
/// <param name="Organization">The Pulumi Cloud organization (stack names become <c>org/stack</c>), or null.</param>
public sealed record OperatorSettings(string Repository, string Branch, string ProjectPath, string Namespace, string? Backend, string? Organization)
{
    /// <value>The Secret with <c>accessToken</c> for Pulumi Cloud.</value>
    public const string AccessTokenSecret = "pulumi-access-token";

    /// <value>The Secret whose keys become the workspace's environment: cloud credentials and <c>PULUMI_CONFIG_PASSPHRASE</c>.</value>
    public const string CredentialsSecret = "fleetinfra-credentials";

    /// <value>The Secret with the git credentials of a private repository.</value>
    public const string GitAuthSecret = "fleetinfra-git";

    /// <value>The workspace's service account (bind cloud identities to it: IRSA, Pod Identity or Workload Identity).</value>
    public const string ServiceAccount = "fleetinfra-deployer";

    /// <value>Ten minutes between reconciliations of an unchanged commit.</value>
    public const int ResyncFrequencySeconds = 600;
}
