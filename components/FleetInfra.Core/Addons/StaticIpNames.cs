using System.Security.Cryptography;
using System.Text;

namespace FleetInfra.Core.Addons;

/// <summary>The name of an app's reserved global address on GKE, shared by the planner and the Ingress renderer.</summary>
public static class StaticIpNames
{
    private const int MaxLength = 63;

    /// <summary>
    /// <c>{cluster}-{app}</c> as a Compute Engine name (a letter first, at most 63 characters): <c>ip-</c> goes before
    /// a name that starts with a digit, and a longer name keeps its first 54 characters plus 8 hex digits of its hash.
    /// </summary>
    public static string For(string cluster, string app)
    {
        var name = $"{cluster}-{app}";
        if (char.IsAsciiDigit(name[0]))
        {
            name = $"ip-{name}";
        }

        if (name.Length <= MaxLength)
        {
            return name;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..8];
        return $"{name[..(MaxLength - 9)].TrimEnd('-')}-{hash}";
    }
}
