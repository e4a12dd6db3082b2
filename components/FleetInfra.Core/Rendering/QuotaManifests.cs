using FleetInfra.Core.Intents;
using FleetInfra.Core.Planning;
using k8s.Models;

namespace FleetInfra.Core.Rendering;

/// <summary>
/// The namespace's ResourceQuota (its share of the owner team's budget, no LoadBalancer Services) and a LimitRange
/// whose defaults are the intent defaults, so that any pod started by hand in the namespace counts against the quota.
/// </summary>
public static class QuotaManifests
{
    public const string QuotaName = "fleetinfra-budget";

    public const string LimitRangeName = "fleetinfra-defaults";

    public static V1ResourceQuota? ToQuota(ClusterPlan cluster, AppPlan app) => app.Governance is not { Quota: var quota } ? null : new V1ResourceQuota
    {
        ApiVersion = "v1",
        Kind = "ResourceQuota",
        Metadata = new V1ObjectMeta { Name = QuotaName, NamespaceProperty = app.Namespace, Labels = ManifestLabels.For(cluster, app) },
        Spec = new V1ResourceQuotaSpec
        {
            Hard = new Dictionary<string, ResourceQuantity>(StringComparer.Ordinal)
            {
                ["limits.memory"] = ResourceQuantities.Of(quota.Memory.ToString()),
                ["pods"] = ResourceQuantities.Of(quota.Pods.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ["requests.cpu"] = ResourceQuantities.Of(quota.Cpu.ToString()),
                ["requests.memory"] = ResourceQuantities.Of(quota.Memory.ToString()),

                // Public traffic goes through the Ingress; a LoadBalancer Service would open a second, unmanaged door.
                ["services.loadbalancers"] = ResourceQuantities.Of("0"),
            },
        },
    };

    public static V1LimitRange? ToLimitRange(ClusterPlan cluster, AppPlan app) => app.Governance is null ? null : new V1LimitRange
    {
        ApiVersion = "v1",
        Kind = "LimitRange",
        Metadata = new V1ObjectMeta { Name = LimitRangeName, NamespaceProperty = app.Namespace, Labels = ManifestLabels.For(cluster, app) },
        Spec = new V1LimitRangeSpec
        {
            Limits =
            [
                new V1LimitRangeItem
                {
                    Type = "Container",
                    DefaultRequest = new Dictionary<string, ResourceQuantity>(StringComparer.Ordinal)
                    {
                        ["cpu"] = ResourceQuantities.Of(ApplicationIntent.DefaultCpu.ToString()),
                        ["memory"] = ResourceQuantities.Of(ApplicationIntent.DefaultMemory.ToString()),
                    },

                    // A memory limit equal to the request, and no CPU limit, exactly as for the app's own container.
                    DefaultProperty = new Dictionary<string, ResourceQuantity>(StringComparer.Ordinal)
                    {
                        ["memory"] = ResourceQuantities.Of(ApplicationIntent.DefaultMemory.ToString()),
                    },
                },
            ],
        },
    };
}
