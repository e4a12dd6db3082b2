using FleetInfra.Core.Planning;
using k8s.Models;

namespace FleetInfra.Core.Rendering;

/// <summary>
/// The app's allow rules on top of the namespace's default deny: public ports from anywhere (load balancer
/// targets are pod IPs), private ports from pods in the cluster, egress anywhere but the blocked ranges.
/// </summary>
public static class NetworkPolicyManifests
{
    public const string AnyAddress = "0.0.0.0/0";

    public static V1NetworkPolicy ToNetworkPolicy(ClusterPlan cluster, AppPlan app)
    {
        var ingress = new List<V1NetworkPolicyIngressRule>();
        var publicPorts = app.Ports.Where(p => p.IsPublic).Select(ToPolicyPort).ToList();
        var privatePorts = app.Ports.Where(p => !p.IsPublic).Select(ToPolicyPort).ToList();
        if (publicPorts.Count > 0)
        {
            ingress.Add(new V1NetworkPolicyIngressRule { Ports = publicPorts });
        }

        if (privatePorts.Count > 0)
        {
            ingress.Add(new V1NetworkPolicyIngressRule
            {
                FromProperty = [new V1NetworkPolicyPeer { NamespaceSelector = new V1LabelSelector() }],
                Ports = privatePorts,
            });
        }

        var blocked = cluster.Ingress.BlockedEgressCidrs;
        return new V1NetworkPolicy
        {
            ApiVersion = "networking.k8s.io/v1",
            Kind = "NetworkPolicy",
            Metadata = new V1ObjectMeta { Name = app.Name, NamespaceProperty = app.Namespace, Labels = ManifestLabels.For(cluster, app) },
            Spec = new V1NetworkPolicySpec
            {
                PodSelector = new V1LabelSelector { MatchLabels = ManifestLabels.Selector(app) },
                PolicyTypes = ["Ingress", "Egress"],
                Ingress = ingress,
                Egress =
                [
                    new V1NetworkPolicyEgressRule
                    {
                        To =
                        [
                            new V1NetworkPolicyPeer { NamespaceSelector = new V1LabelSelector() },
                            new V1NetworkPolicyPeer
                            {
                                IpBlock = new V1IPBlock { Cidr = AnyAddress, Except = blocked.IsEmpty ? null : [.. blocked] },
                            },
                        ],
                    },
                ],
            },
        };
    }

    private static V1NetworkPolicyPort ToPolicyPort(Intents.PortIntent port) =>
        new() { Port = port.Number, Protocol = WorkloadManifests.Protocol(port) };
}
