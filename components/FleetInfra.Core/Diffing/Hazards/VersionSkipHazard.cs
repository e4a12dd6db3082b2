using FleetInfra.Core.Policies;

namespace FleetInfra.Core.Diffing.Hazards;

/// <summary>
/// FI106: a cluster's Kubernetes version skips a minor version or goes down. EKS updates a control plane one minor
/// version at a time (UpdateClusterVersion: "you can update only one minor version at a time") and neither EKS nor GKE
/// downgrades one; GKE upgrades the control plane one minor version at a time as well.
/// </summary>
internal sealed class VersionSkipHazard : IHazardRule
{
    public string Id => "FI106";

    public string Title => "the Kubernetes version skips a minor or goes down";

    public PolicyLevel DefaultLevel => PolicyLevel.Error;

    public IEnumerable<HazardFinding> Check(HazardContext context)
    {
        foreach (var cluster in context.Clusters)
        {
            if (cluster is not { Before: { } before, After: { } after }
                || Minor(before.Cluster.KubernetesVersion) is not { } was
                || Minor(after.Cluster.KubernetesVersion) is not { } now
                || (now >= was && now - was <= 1))
            {
                continue;
            }

            var provider = after.Provider.ToString().ToUpperInvariant();
            var (from, to) = (before.Cluster.KubernetesVersion, after.Cluster.KubernetesVersion);
            var message = now < was
                ? $"cluster {cluster.Name} goes down from Kubernetes {from} to {to}: {provider} never downgrades a control plane and refuses the update; keep {from}, or create a new cluster at {to} and move the apps to it"
                : $"cluster {cluster.Name} goes from Kubernetes {from} to {to}, skipping {string.Join(", ", Enumerable.Range(was + 1, now - was - 1).Select(m => $"1.{m}"))}: {provider} upgrades a control plane one minor version at a time and refuses the update; raise kubernetesVersion to 1.{was + 1}, apply, then raise it again in a second change";
            yield return new HazardFinding(cluster.Name, context.Head.Relative(after.Cluster.SourceOf("kubernetesVersion")), message);
        }
    }

    /// <summary>The minor of a <c>1.N</c> version; null for anything else (the parser accepts only 1.N).</summary>
    private static int? Minor(string version) =>
        version.StartsWith("1.", StringComparison.Ordinal) && int.TryParse(version.AsSpan(2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var minor) ? minor : null;
}
