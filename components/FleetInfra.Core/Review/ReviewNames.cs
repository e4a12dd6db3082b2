using FleetInfra.Core.Naming;

namespace FleetInfra.Core.Review;

/// <summary>
/// The names of an apps-only stack's objects on its base's clusters: every app's namespace and default-host label is
/// <c>&lt;app&gt;-&lt;stack&gt;</c>, so it never meets the base's own <c>&lt;app&gt;</c> or another review's.
/// </summary>
public static class ReviewNames
{
    /// <summary>
    /// 31: the Pulumi Kubernetes Operator's Stack object is <c>fleetinfra-&lt;stack&gt;</c> and its CRD allows 42 characters
    /// (<see cref="OperatorStackName"/>); at most 31 keeps it the readable stack name, never a cut with a hash.
    /// </summary>
    public static readonly int MaxNameLength = OperatorStackName.MaxLength - OperatorStackName.Prefix.Length;

    private const int HashLength = 6;

    /// <summary>The name of an apps-only stack is a DNS label (it becomes part of namespaces and hosts) of at most <see cref="MaxNameLength"/>.</summary>
    public static bool IsValidName(string name) => name.Length <= MaxNameLength && KubernetesNames.IsDnsLabel(name);

    /// <summary>Why <paramref name="name"/> cannot name an apps-only stack; null when it can.</summary>
    public static string? Problem(string name) =>
        name.Length > MaxNameLength
            ? $"'{name}' is {name.Length} characters; a review name has at most {MaxNameLength} (it ends every namespace and host label, and names the operator's Stack object fleetinfra-<name>); shorten it"
            : !KubernetesNames.IsDnsLabel(name)
                ? $"'{name}' is not a DNS label; use lower-case letters, digits and '-', like pr-123"
                : null;

    /// <summary>
    /// <c>&lt;label&gt;-&lt;stack&gt;</c>; when that passes the 63 characters of a namespace or DNS label, the label is cut and
    /// followed by a hash of the whole label, so two long app names that share a beginning never meet, and the same app
    /// always gets the same name.
    /// </summary>
    /// <param name="label">The app (or <c>&lt;app&gt;-&lt;port&gt;</c> for a second public port).</param>
    /// <param name="stack">The apps-only stack's name, at most <see cref="MaxNameLength"/>.</param>
    public static string Label(string label, string stack)
    {
        var whole = $"{label}-{stack}";
        if (whole.Length <= KubernetesNames.MaxLabelLength)
        {
            return whole;
        }

        var hash = KubernetesNames.StableHash(label, HashLength);
        var room = KubernetesNames.MaxLabelLength - stack.Length - HashLength - 2;
        return $"{label[..Math.Min(room, label.Length)].TrimEnd('-')}-{hash}-{stack}";
    }
}
