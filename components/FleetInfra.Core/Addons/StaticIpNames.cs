using System.Text.RegularExpressions;

namespace FleetInfra.Core.Addons;

/// <summary>The name of an app's reserved global address on GKE, shared by the planner and the Ingress renderer.</summary>
public static partial class StaticIpNames
{
    public static string For(string cluster, string app) => $"{cluster}-{app}";

    /// <summary>A Compute Engine resource name: 1-63 characters, a lower-case letter first, no '-' last.</summary>
    public static bool IsValid(string name) => ComputeNamePattern().IsMatch(name);

    [GeneratedRegex("^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex ComputeNamePattern();
}
