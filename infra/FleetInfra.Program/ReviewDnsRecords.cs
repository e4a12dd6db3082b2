using System.Collections.Immutable;
using FleetInfra.Core.Addons;
using FleetInfra.Core.Planning;
using Pulumi;
using FleetInfra.Components.Clusters;

namespace FleetInfra.Program;

/// <summary>
/// An apps-only stack's Cloud DNS records on a GKE cluster of its base (<see cref="ClusterAddons.CloudDnsRecords"/>): one
/// A record per public host, in the base's zone, pointing at the app's Ingress address. A review reserves no static IP, so
/// the address is the ephemeral one the GCE Ingress controller writes into the Ingress's status.
/// </summary>
/// <remarks>
/// The address is known when the record is created: pulumi-kubernetes v4.32.0 (provider/pkg/await/ingress.go,
/// <c>processIngressEvent</c>) finishes creating or updating an Ingress only once <c>status.loadBalancer.ingress</c> is
/// non-empty, and FleetInfra never sets <c>pulumi.com/skipAwait</c> on the Ingresses it renders. The record uses the
/// default GCP provider, like the base's records: the deploy job's ambient credentials (the <c>review</c> environment's
/// service account) and the zone's project from the plan. Removing a host, an app or the whole review deletes its record
/// with it, since each record is a resource of this stack.
/// </remarks>
internal static class ReviewDnsRecords
{
    /// <value>
    /// 60 seconds, shorter than the base's 300: a review's Ingress address is ephemeral and changes when its Ingress is
    /// recreated (the record follows in the same update), so resolvers should not keep the old one for long.
    /// </value>
    public const int RecordTtlSeconds = 60;

    /// <summary>Creates the records of <paramref name="cluster"/>'s plan, each with its app's address from <paramref name="loadBalancerAddresses"/>.</summary>
    public static void Create(ClusterPlan cluster, Output<ImmutableDictionary<string, string>> loadBalancerAddresses)
    {
        if (cluster.Addons.CloudDnsRecords is not { } dns)
        {
            return;
        }

        // Never a record with no address: an Ingress whose status names none fails the update here instead (the next
        // 'fleet deploy up' tries again), and the record keeps its last address meanwhile.
        CloudDnsRecordSets.Create(cluster.Name, dns, RecordTtlSeconds, record => loadBalancerAddresses.Apply(addresses =>
            addresses.GetValueOrDefault(record.App) is { Length: > 0 } address
                ? address
                : throw new InvalidOperationException($"the Ingress of app '{record.App}' on cluster '{cluster.Name}' has no load balancer address yet, so {record.Host} gets no DNS record; run the update again once it has one")));
    }
}
