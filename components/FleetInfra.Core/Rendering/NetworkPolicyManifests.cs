using FleetInfra.Core.Intents;
using FleetInfra.Core.Planning;
using k8s.Models;

namespace FleetInfra.Core.Rendering;

/// <summary>
/// The app's allow rules on top of the namespace's default deny: public ports from anywhere (load balancer targets are
/// pod IPs); private ports only from the pods of the apps in <see cref="AppPlan.AllowedFrom"/>; a private port the load
/// balancer health-checks also from the load balancer's and the VPC's ranges
/// (<see cref="IngressProfile.HealthCheckSourceCidrs"/>), never from every source; DNS to kube-dns, then egress anywhere
/// but the blocked ranges.
/// </summary>
public static class NetworkPolicyManifests
{
    public const string AnyAddress = "0.0.0.0/0";

    /// <summary>The label Kubernetes puts on every namespace with its name.</summary>
    public const string NamespaceNameLabel = "kubernetes.io/metadata.name";

    /// <summary>The label of the cluster DNS pods (CoreDNS on EKS, kube-dns on GKE) in kube-system.</summary>
    public const string DnsPodLabel = "k8s-app";

    public static V1NetworkPolicy ToNetworkPolicy(ClusterPlan cluster, AppPlan app)
    {
        var ingress = new List<V1NetworkPolicyIngressRule>();
        var healthCheckPort = app.IsPublic ? app.Readiness?.Port : null;
        var publicPorts = app.Ports.Where(p => p.IsPublic).Select(ToPolicyPort).ToList();
        var privatePorts = app.Ports.Where(p => !p.IsPublic).Select(ToPolicyPort).ToList();
        var healthCheckOnly = app.Ports.Where(p => !p.IsPublic && p.Number == healthCheckPort).Select(ToPolicyPort).ToList();
        if (publicPorts.Count > 0)
        {
            ingress.Add(new V1NetworkPolicyIngressRule { Ports = publicPorts });
        }

        if (privatePorts.Count > 0)
        {
            var peers = app.AllowedFrom.IsEmpty ? [app.Name] : app.AllowedFrom;
            ingress.Add(new V1NetworkPolicyIngressRule
            {
                FromProperty = [.. peers.Select(peer => AppPods(peer, cluster.NamespaceOf(peer)))],
                Ports = privatePorts,
            });
        }

        if (healthCheckOnly.Count > 0)
        {
            ingress.Add(new V1NetworkPolicyIngressRule
            {
                FromProperty = [.. cluster.Ingress.HealthCheckSourceCidrs.Select(cidr => new V1NetworkPolicyPeer { IpBlock = new V1IPBlock { Cidr = cidr } })],
                Ports = healthCheckOnly,
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
                            new V1NetworkPolicyPeer
                            {
                                NamespaceSelector = new V1LabelSelector { MatchLabels = new Dictionary<string, string>(StringComparer.Ordinal) { [NamespaceNameLabel] = "kube-system" } },
                                PodSelector = new V1LabelSelector { MatchLabels = new Dictionary<string, string>(StringComparer.Ordinal) { [DnsPodLabel] = "kube-dns" } },
                            },
                        ],
                        Ports =
                        [
                            new V1NetworkPolicyPort { Port = 53, Protocol = "UDP" },
                            new V1NetworkPolicyPort { Port = 53, Protocol = "TCP" },
                        ],
                    },
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

    /// <summary>The pods of an app: its name label, in its namespace (named after the app, or <c>&lt;app&gt;-&lt;stack&gt;</c> in an apps-only stack).</summary>
    private static V1NetworkPolicyPeer AppPods(string app, string kubernetesNamespace) => new()
    {
        NamespaceSelector = new V1LabelSelector { MatchLabels = new Dictionary<string, string>(StringComparer.Ordinal) { [NamespaceNameLabel] = kubernetesNamespace } },
        PodSelector = new V1LabelSelector { MatchLabels = new Dictionary<string, string>(StringComparer.Ordinal) { [ManifestLabels.Name] = app } },
    };

    private static V1NetworkPolicyPort ToPolicyPort(PortIntent port) =>
        new() { Port = port.Number, Protocol = WorkloadManifests.Protocol(port) };
}
