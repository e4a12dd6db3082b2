using FleetInfra.Core.Rendering;
using FleetInfra.Deploy.Running;
using k8s.Models;

namespace FleetInfra.Deploy.Operator;

/// <summary>One operator Stack per FleetInfra stack, so a management cluster reconciles the whole fleet continuously.</summary>
public static class OperatorManifests
{
    public static OperatorStack For(StackTarget stack, OperatorSettings settings) => new()
    {
        ApiVersion = OperatorStack.GroupVersion,
        Kind = OperatorStack.KindName,
        Metadata = new V1ObjectMeta
        {
            Name = $"fleetinfra-{stack.Name.ToLowerInvariant().Replace('_', '-').Replace('.', '-')}",
            NamespaceProperty = settings.Namespace,
            Labels = new Dictionary<string, string>
            {
                [ManifestLabels.ManagedBy] = "fleetinfra",
                ["fleetinfra.io/environment"] = stack.Environment,
                ["fleetinfra.io/stack"] = stack.Name,
            },
        },
        Spec = new OperatorStackSpec
        {
            Stack = settings.Organization is { } organization ? $"{organization}/{stack.Name}" : stack.Name,
            ProjectRepo = settings.Repository,
            Branch = settings.Branch,
            RepoDir = string.IsNullOrEmpty(settings.ProjectPath) ? null : settings.ProjectPath,
            Backend = settings.Backend,
            AccessTokenSecret = settings.Backend is null ? OperatorSettings.AccessTokenSecret : null,
            EnvSecrets = [OperatorSettings.CredentialsSecret],
            GitAuthSecret = OperatorSettings.GitAuthSecret,
            ServiceAccountName = OperatorSettings.ServiceAccount,
            Refresh = true,
            DestroyOnFinalize = false,
            ContinueResyncOnCommitMatch = true,
            ResyncFrequencySeconds = OperatorSettings.ResyncFrequencySeconds,
        },
    };

    /// <summary>The YAML of every Stack, one document each, in stack order.</summary>
    public static string Yaml(IEnumerable<StackTarget> stacks, OperatorSettings settings) =>
        ManifestYaml.Serialize(stacks.Select(stack => For(stack, settings)));
}
