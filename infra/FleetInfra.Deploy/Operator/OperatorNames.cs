using FleetInfra.Core.Naming;

namespace FleetInfra.Deploy.Operator;

/// <summary>The Kubernetes names of a stack's operator objects.</summary>
public static class OperatorNames
{
    /// <summary>The Stack CRD's limit, <see cref="OperatorStackName.MaxLength"/>.</summary>
    public const int MaxStackObjectName = OperatorStackName.MaxLength;

    private const string Prefix = OperatorStackName.Prefix;

    private const int HashLength = 8;

    /// <summary>
    /// <c>fleetinfra-&lt;stack&gt;</c>, lower case with <c>_</c> and <c>.</c> as <c>-</c>. When that is not the stack name
    /// itself (so two stacks could meet, like <c>a_b</c> and <c>a-b</c>) or is longer than
    /// <see cref="MaxStackObjectName"/>, it is cut and ends with a hash of the stack name instead, so it stays unique.
    /// </summary>
    public static string StackObject(string stack)
    {
        var readable = stack.ToLowerInvariant().Replace('_', '-').Replace('.', '-');
        if (readable == stack && Prefix.Length + readable.Length <= MaxStackObjectName)
        {
            return Prefix + readable;
        }

        var hash = KubernetesNames.StableHash(stack, HashLength);
        var room = MaxStackObjectName - Prefix.Length - HashLength - 1;
        var cut = readable.Length <= room ? readable : readable[..room];
        return $"{Prefix}{cut.TrimEnd('-')}-{hash}";
    }

    /// <summary>The workspace's service account: the Stack object's name.</summary>
    public static string ServiceAccount(string stack) => StackObject(stack);

    /// <summary>Cluster-scoped, so the namespace is part of it, as in the operator's own example (<c>ns:name:system:auth-delegator</c>), with dots.</summary>
    public static string AuthDelegatorBinding(string kubernetesNamespace, string stack) => $"{kubernetesNamespace}.{ServiceAccount(stack)}.auth-delegator";
}
