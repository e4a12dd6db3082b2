using FleetInfra.Core.Config;
using FleetInfra.Core.Diagnostics;

namespace FleetInfra.Core.Review;

/// <summary>
/// Completes an apps-only stack (<c>fleet:clustersFrom</c>) with its base: the base's clusters, domain, DNS zones, teams,
/// registry and policies, under the apps-only stack's own name, environment, apps, image tag, schedule and quota.
/// </summary>
public static class AppsOnlyStack
{
    /// <summary>The apps-only stack as it plans; null when the base cannot carry it (reported at <c>fleet:clustersFrom</c>).</summary>
    public static StackConfig? Complete(StackConfig appsOnly, StackConfig? baseStack, string baseFile, DiagnosticBag diagnostics)
    {
        var reference = appsOnly.ClustersFrom ?? throw new ArgumentException("not an apps-only stack", nameof(appsOnly));
        var path = $"{StackKeys.Namespace}:clustersFrom";
        if (baseStack is null)
        {
            diagnostics.Error(reference.Source, path,
                $"base stack '{reference.StackName}' has no stack file {baseFile}; name an existing stack (like staging) or pass --clusters-from FILE");
            return null;
        }

        if (BaseProblem(baseStack) is { } problem)
        {
            diagnostics.Error(reference.Source, path, problem);
            return null;
        }

        return baseStack with
        {
            StackName = appsOnly.StackName,
            SourceFile = appsOnly.SourceFile,
            Environment = appsOnly.Environment,
            ImageRegistry = appsOnly.ImageRegistry ?? baseStack.ImageRegistry,
            ImageTag = appsOnly.ImageTag ?? baseStack.ImageTag,
            AppsDirectory = appsOnly.AppsDirectory,
            Apps = appsOnly.Apps ?? baseStack.Apps,

            // The base's overrides first, so that the apps-only stack's own win.
            AppOverrides = [.. baseStack.AppOverrides, .. appsOnly.AppOverrides],
            PolicyLevels = baseStack.PolicyLevels.SetItems(appsOnly.PolicyLevels),
            Schedule = appsOnly.Schedule ?? baseStack.Schedule,
            AllowSchedules = false,
            Protect = false,
            Clusters = [.. baseStack.Clusters.Select(SharedCluster)],
            ClustersFrom = reference,
            ExpiresAt = appsOnly.ExpiresAt,
            IdleAfter = appsOnly.IdleAfter,
            LastChangeAt = appsOnly.LastChangeAt,
            Suspended = appsOnly.Suspended,
            ReviewQuota = appsOnly.ReviewQuota,
            AllowReviewOnProduction = false,
        };
    }

    /// <summary>Why <paramref name="baseStack"/> cannot carry apps-only stacks; null when it can.</summary>
    public static string? BaseProblem(StackConfig baseStack) =>
        baseStack.IsAppsOnly
            ? $"base stack '{baseStack.StackName}' is itself apps-only (it deploys onto '{baseStack.ClustersFrom!.Reference}'); name the stack that owns the clusters"
            : baseStack.IsProduction && !baseStack.AllowReviewOnProduction
                ? $"base stack '{baseStack.StackName}' is production; deploy reviews onto a non-production stack, or set {StackKeys.Namespace}:allowReviewOnProduction: true in {baseStack.SourceFile}"
                : null;

    /// <summary>
    /// The base's cluster as an apps-only stack uses it: it installs nothing on the cluster (no add-on, ACM certificate or
    /// reserved static IP of its own); the base's add-ons serve its objects. <c>addons.dns</c> stays the base's: on GKE it
    /// says whether the review's hosts get Cloud DNS records (<see cref="AppsOnlyPlanning.Addons"/>).
    /// </summary>
    private static ClusterConfig SharedCluster(ClusterConfig cluster) =>
        cluster with { Addons = cluster.Addons with { Certificates = false, StaticIps = false } };

    /// <summary>The default ResourceQuota of an apps-only stack's namespaces: small, a review environment is not a load test.</summary>
    public static readonly Governance.NamespaceQuota DefaultQuota = new(new Quantities.CpuQuantity(4000), new Quantities.MemoryQuantity(8192 * Quantities.MemoryQuantity.Mebibyte), 10);

    /// <summary>Each of an apps-only stack's namespaces gets <see cref="StackConfig.ReviewQuota"/>, its unset parts from <see cref="DefaultQuota"/>.</summary>
    public static Governance.NamespaceQuota QuotaOf(StackConfig stack) => stack.ReviewQuota is { } quota
        ? new(quota.Cpu ?? DefaultQuota.Cpu, quota.Memory ?? DefaultQuota.Memory, quota.Pods ?? DefaultQuota.Pods)
        : DefaultQuota;
}
