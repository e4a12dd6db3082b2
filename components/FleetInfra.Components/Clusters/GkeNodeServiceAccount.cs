using System.Collections.Immutable;
using System.Text;

namespace FleetInfra.Components.Clusters;

/// <summary>Naming and roles of the dedicated node service account of a GKE cluster.</summary>
internal static class GkeNodeServiceAccount
{
    /// <summary>
    /// What nodes need: GKE's own role for a custom node service account (<c>roles/container.defaultNodeServiceAccount</c>,
    /// which Google asks of every non-default node account), write logs and metrics, read monitoring, report resource
    /// metadata, pull images.
    /// </summary>
    public static readonly ImmutableArray<string> Roles =
    [
        "roles/container.defaultNodeServiceAccount",
        "roles/logging.logWriter",
        "roles/monitoring.metricWriter",
        "roles/monitoring.viewer",
        "roles/stackdriver.resourceMetadata.writer",
        "roles/artifactregistry.reader",
    ];

    private const int MaxAccountIdLength = 30;
    private const string Infix = "-nodes-";

    /// <summary>
    /// The account id prefix for a cluster: lower-case letters, digits and hyphens, starting with a letter, short enough
    /// that <c>prefix + suffix</c> stays within the 30 characters GCP allows.
    /// </summary>
    /// <param name="clusterName">The cluster's name.</param>
    /// <param name="suffixLength">The length of the random suffix that follows.</param>
    /// <param name="infix">What the account is for, between the cluster's name and the suffix (the nodes by default).</param>
    public static string AccountIdPrefix(string clusterName, int suffixLength, string infix = Infix)
    {
        var cleaned = new StringBuilder();
        foreach (var c in clusterName.ToLowerInvariant())
        {
            cleaned.Append(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) ? c : '-');
        }

        var stem = cleaned.ToString().Trim('-');
        if (stem.Length == 0 || !char.IsAsciiLetterLower(stem[0]))
        {
            stem = "gke" + (stem.Length == 0 ? "" : "-" + stem);
        }

        var room = MaxAccountIdLength - infix.Length - suffixLength;
        return stem[..Math.Min(stem.Length, room)].TrimEnd('-') + infix;
    }

    /// <summary>The short name of a role for resource names (<c>roles/logging.logWriter</c> -> <c>logging-logWriter</c>).</summary>
    public static string ShortName(string role) => role["roles/".Length..].Replace('.', '-');
}
