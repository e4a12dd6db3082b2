using FleetInfra.Core.Naming;

namespace FleetInfra.Core.Addons;

/// <summary>
/// The name of an app's reserved global address on GKE, shared by the planner, the Ingress renderer
/// (<c>kubernetes.io/ingress.global-static-ip-name</c>) and the Pulumi layer (the <c>GlobalAddress</c>'s name).
/// </summary>
public static class StaticIpNames
{
    private const int MaxLength = 63;
    private const int HashLength = 8;

    /// <summary>What a stack name keeps as it is: lower-case ASCII letters and digits.</summary>
    private static readonly System.Buffers.SearchValues<char> LabelCharacters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789");

    /// <summary>
    /// <c>{stack}-{cluster}-{app}</c> as a Compute Engine name (<c>[a-z]([-a-z0-9]*[a-z0-9])?</c>, at most 63 characters).
    /// The stack comes first because global addresses are per project and stacks may share one: two stacks with a cluster
    /// and an app of the same names must not claim the same address. <c>ip-</c> goes before a name that does not start with
    /// a letter; a name that is too long, or a stack name that needed changing (upper case, <c>_</c>, <c>.</c>), keeps its
    /// first characters plus 8 hex digits of the hash of the original, so different stacks never meet in one name.
    /// </summary>
    public static string For(string stack, string cluster, string app)
    {
        // Cluster and app names are DNS labels already; only a Pulumi stack name may hold other characters.
        var original = $"{stack}-{cluster}-{app}";
        var label = stack.AsSpan().ContainsAnyExcept(LabelCharacters)
            ? new string([.. stack.Select(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) ? c : char.IsAsciiLetterUpper(c) ? char.ToLowerInvariant(c) : '-')])
            : stack;
        var changed = label != stack;
        var name = $"{label}-{cluster}-{app}";
        if (!char.IsAsciiLetterLower(name[0]))
        {
            name = $"ip-{name}";
        }

        if (!changed && name.Length <= MaxLength)
        {
            return name;
        }

        var hash = KubernetesNames.StableHash(original, HashLength);
        return $"{name[..Math.Min(name.Length, MaxLength - HashLength - 1)].TrimEnd('-')}-{hash}";
    }
}
