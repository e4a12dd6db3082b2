using FleetInfra.Components.Fleet;
using FleetInfra.Core.Planning;
using Pulumi;

namespace FleetInfra.Program;

/// <summary>
/// An apps-only stack (<c>fleet:clustersFrom</c>): no cluster resource at all. It reads each cluster's kubeconfig from
/// the base stack's outputs through one <see cref="StackReference"/> and creates the <see cref="ApplicationFleet"/> of
/// its apps through a Kubernetes provider of its own on that kubeconfig; on GKE, also the Cloud DNS records of its hosts
/// (<see cref="ReviewDnsRecords"/>).
/// </summary>
internal static class AppsOnlyProgram
{
    /// <summary>The StackReference's resource name; its <c>name</c> input is the base as written in <c>fleet:clustersFrom</c>.</summary>
    public const string BaseStackResource = "clusters-from";

    public static IDictionary<string, object?> Provision(FleetPlan plan)
    {
        // StackReference(name, args): "pulumi:pulumi:StackReference" with input "name" (pulumi-dotnet sdk/Pulumi/Resources/StackReference.cs).
        var baseStack = new StackReference(BaseStackResource, new StackReferenceArgs { Name = plan.ClustersFrom! });
        foreach (var cluster in plan.Clusters)
        {
            // RequireOutput keeps the base's secret bit (SecretOutputNames); CreateSecret keeps it secret even if the base forgot to.
            var kubeconfig = Output.CreateSecret(baseStack.RequireOutput(FleetProgram.KubeconfigOutput(cluster.Name)).Apply(value => (string)value));
            var provider = new Pulumi.Kubernetes.Provider($"{cluster.Name}-k8s", new Pulumi.Kubernetes.ProviderArgs { KubeConfig = kubeconfig });
            var fleet = new ApplicationFleet(cluster.Name, new ApplicationFleetArgs { Cluster = cluster, Provider = provider });
            ReviewDnsRecords.Create(cluster, fleet.LoadBalancerAddresses);
        }

        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            // clustersFrom, expiresAt and environment let the nightly 'fleet deploy destroy --expired' find this stack in the
            // backend without its stack file (FleetInfra.Deploy/Targets/BackendReviewStacks.cs).
            [Core.Review.ReviewOutputs.ClustersFrom] = plan.ClustersFrom,
            [Core.Review.ReviewOutputs.ExpiresAt] = plan.ExpiresAt is { } expiresAt ? Core.Review.ReviewTtl.Format(expiresAt) : null,
            [Core.Review.ReviewOutputs.Environment] = plan.Environment,

            // lastChangeAt, idleAfter and suspended let the nightly 'fleet deploy targets --idle' find it idle the same way.
            [Core.Review.ReviewOutputs.LastChangeAt] = plan.Idleness?.LastChangeAt is { } lastChangeAt ? Core.Review.ReviewTtl.Format(lastChangeAt) : null,
            [Core.Review.ReviewOutputs.IdleAfter] = plan.Idleness is { } idleness ? Core.Review.ReviewIdleness.FormatDuration(idleness.IdleAfter) : null,
            [Core.Review.ReviewOutputs.Suspended] = plan.Idleness?.Suspended ?? false,
            ["appUrls"] = FleetProgram.AppUrls(plan),
        };
    }
}
