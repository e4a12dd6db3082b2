using FleetInfra.Core.Rendering;
using FleetInfra.Deploy.Running;
using k8s;
using k8s.Models;

namespace FleetInfra.Deploy.Operator;

/// <summary>
/// Per stack, what the Pulumi Kubernetes Operator (v2) needs to reconcile it: the workspace's own service account, its
/// binding to <c>system:auth-delegator</c>, and the Stack.
/// </summary>
public static class OperatorManifests
{
    /// <summary>
    /// The v2 workspace pod authenticates the operator's calls with TokenReview and SubjectAccessReview, so its service
    /// account must be bound to <c>system:auth-delegator</c> (v2.9.0: <c>docs/migration.md</c>, "Service Account", and
    /// the error of <c>agent/pkg/server/auth.go</c>).
    /// </summary>
    public const string AuthDelegatorRole = "system:auth-delegator";

    public static IReadOnlyList<IKubernetesObject> For(StackTarget stack, OperatorSettings settings)
    {
        var serviceAccount = OperatorNames.ServiceAccount(stack.Name);
        return
        [
            new V1ServiceAccount
            {
                ApiVersion = "v1",
                Kind = "ServiceAccount",
                Metadata = Metadata(serviceAccount, settings.Namespace, stack),
            },
            new V1ClusterRoleBinding
            {
                ApiVersion = "rbac.authorization.k8s.io/v1",
                Kind = "ClusterRoleBinding",
                Metadata = Metadata(OperatorNames.AuthDelegatorBinding(settings.Namespace, stack.Name), kubernetesNamespace: null, stack),
                RoleRef = new V1RoleRef { ApiGroup = "rbac.authorization.k8s.io", Kind = "ClusterRole", Name = AuthDelegatorRole },
                Subjects = [new Rbacv1Subject { Kind = "ServiceAccount", Name = serviceAccount, NamespaceProperty = settings.Namespace }],
            },
            Stack(stack, settings, serviceAccount),
        ];
    }

    /// <summary>The YAML of every stack's objects, in stack order.</summary>
    public static string Yaml(IEnumerable<StackTarget> stacks, OperatorSettings settings) =>
        ManifestYaml.Serialize(stacks.SelectMany(stack => For(stack, settings)));

    /// <summary>Production stacks only preview unless allowed: an update by the operator would skip the reviewed plan and approval of CI.</summary>
    public static bool IsPreviewOnly(StackTarget stack, OperatorSettings settings) => stack.IsProduction && !settings.ReconcileProduction;

    private static OperatorStack Stack(StackTarget stack, OperatorSettings settings, string serviceAccount) => new()
    {
        ApiVersion = OperatorStack.GroupVersion,
        Kind = OperatorStack.KindName,
        Metadata = Metadata(OperatorNames.StackObject(stack.Name), settings.Namespace, stack),
        Spec = new OperatorStackSpec
        {
            Stack = settings.Organization is { } organization ? $"{organization}/{stack.Name}" : stack.Name,
            ProjectRepo = settings.Repository,
            Branch = settings.Branch,
            RepoDir = string.IsNullOrEmpty(settings.ProjectPath) ? null : settings.ProjectPath,
            Backend = settings.Backend,
            EnvRefs = settings.Backend is null
                ? new Dictionary<string, OperatorResourceRef> { ["PULUMI_ACCESS_TOKEN"] = OperatorResourceRef.SecretKey(OperatorSettings.AccessTokenSecret, "accessToken") }
                : new Dictionary<string, OperatorResourceRef> { ["PULUMI_CONFIG_PASSPHRASE"] = OperatorResourceRef.SecretKey(OperatorSettings.CredentialsSecret, "PULUMI_CONFIG_PASSPHRASE") },
            GitAuth = new OperatorGitAuth { AccessToken = OperatorResourceRef.SecretKey(OperatorSettings.GitAuthSecret, "accessToken") },
            ServiceAccountName = serviceAccount,
            Preview = IsPreviewOnly(stack, settings) ? true : null,
            Refresh = true,
            DestroyOnFinalize = false,
            ContinueResyncOnCommitMatch = true,
            ResyncFrequencySeconds = OperatorSettings.ResyncFrequencySeconds,
            WorkspaceTemplate = new OperatorWorkspaceTemplate
            {
                Spec = new OperatorWorkspaceSpec
                {
                    Image = OperatorSettings.WorkspaceImage,
                    SecurityProfile = "restricted",
                    Resources = new V1ResourceRequirements
                    {
                        // dotnet builds the program in the workspace on every run: a core and 2 GiB, room to 4 GiB.
                        Requests = new Dictionary<string, ResourceQuantity> { ["cpu"] = new("1"), ["memory"] = new("2Gi") },
                        Limits = new Dictionary<string, ResourceQuantity> { ["memory"] = new("4Gi") },
                    },
                },
            },
        },
    };

    private static V1ObjectMeta Metadata(string name, string? kubernetesNamespace, StackTarget stack) => new()
    {
        Name = name,
        NamespaceProperty = kubernetesNamespace,
        Labels = new Dictionary<string, string>
        {
            [ManifestLabels.ManagedBy] = "fleetinfra",
            ["fleetinfra.io/environment"] = stack.Environment,
        },

        // An annotation, not a label: a stack name may be longer than a label value or hold characters one cannot.
        Annotations = new Dictionary<string, string> { ["fleetinfra.io/stack"] = stack.Name },
    };
}
