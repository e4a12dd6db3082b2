using System.Collections.Immutable;
using FleetInfra.Core.Addons;
using FleetInfra.Core.Config;
using Pulumi;
using Pulumi.Gcp.Compute;
using Pulumi.Gcp.Compute.Inputs;
using Pulumi.Gcp.Container;
using Pulumi.Gcp.Container.Inputs;
using Pulumi.Gcp.Projects;
using Account = Pulumi.Gcp.ServiceAccount.Account;
using AccountArgs = Pulumi.Gcp.ServiceAccount.AccountArgs;
using Pulumi.Random;

namespace FleetInfra.Components.Clusters;

/// <summary>
/// A GKE cluster ready for the application fleet: a VPC-native network (subnetwork with pods and services secondary
/// ranges, Cloud NAT for private nodes), a regional cluster without the default node pool (release channel, Workload
/// Identity, Shielded Nodes, Dataplane V2, optional private nodes and authorized networks) and one node pool per
/// configured node group running as a dedicated least-privilege service account.
/// </summary>
public sealed class GkeCluster : ComponentResource, IKubernetesCluster
{
    /// <summary>The Pulumi type token of this component.</summary>
    public const string TypeToken = "fleet:index:GkeCluster";

    /// <summary>Names of the subnetwork's secondary ranges for pods and services.</summary>
    public const string PodsRangeName = "pods";

    /// <inheritdoc cref="PodsRangeName"/>
    public const string ServicesRangeName = "services";

    private const int SuffixLength = 6;

    /// <summary>The zones a regional cluster spreads its node pools over when no node locations are set (GKE's default).</summary>
    internal const int ZonesPerRegion = 3;

    /// <summary>Creates the cluster and everything it needs; see <see cref="GkeClusterArgs"/>. Invalid arguments throw before any resource exists.</summary>
    public GkeCluster(string name, GkeClusterArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, Validated(name, args, options))
    {
        var cluster = args.Cluster;
        var project = cluster.Project!;
        var protect = args.Protect;
        CustomResourceOptions Options(bool isProtected = false) => new() { Parent = this, Protect = isProtected };

        var suffix = new RandomString($"{name}-suffix", new RandomStringArgs { Length = SuffixLength, Special = false, Upper = false }, Options());

        var network = new Network($"{name}-network", new NetworkArgs
        {
            Project = project,
            AutoCreateSubnetworks = false,
            RoutingMode = "REGIONAL",
            Description = $"Network of GKE cluster {cluster.Name}",
        }, Options(protect));
        var subnetwork = new Subnetwork($"{name}-subnet", new SubnetworkArgs
        {
            Project = project,
            Region = cluster.Region,
            Network = network.Id,
            IpCidrRange = cluster.SubnetCidr,
            PrivateIpGoogleAccess = true,
            SecondaryIpRanges =
            {
                new SubnetworkSecondaryIpRangeArgs { RangeName = PodsRangeName, IpCidrRange = cluster.PodsCidr },
                new SubnetworkSecondaryIpRangeArgs { RangeName = ServicesRangeName, IpCidrRange = cluster.ServicesCidr },
            },
        }, Options(protect));

        if (cluster.PrivateNodes)
        {
            // Private nodes have no external address; Cloud NAT gives them egress (image pulls, external APIs).
            var router = new Router($"{name}-router", new RouterArgs
            {
                Project = project,
                Region = cluster.Region,
                Network = network.Id,
            }, Options(protect));
            _ = new RouterNat($"{name}-nat", new RouterNatArgs
            {
                Project = project,
                Region = cluster.Region,
                Router = router.Name,
                NatIpAllocateOption = "AUTO_ONLY",
                SourceSubnetworkIpRangesToNat = "ALL_SUBNETWORKS_ALL_IP_RANGES",
                LogConfig = new RouterNatLogConfigArgs { Enable = true, Filter = "ERRORS_ONLY" },
            }, Options(protect));
        }

        var nodeAccount = new Account($"{name}-nodes", new AccountArgs
        {
            Project = project,
            AccountId = Output.Format($"{GkeNodeServiceAccount.AccountIdPrefix(cluster.Name, SuffixLength)}{suffix.Result}"),
            DisplayName = $"Nodes of GKE cluster {cluster.Name}",
        }, Options());
        var nodeAccountMember = Output.Format($"serviceAccount:{nodeAccount.Email}");
        var nodeRoles = GkeNodeServiceAccount.Roles
            .Select(role => new IAMMember($"{name}-nodes-{GkeNodeServiceAccount.ShortName(role)}", new IAMMemberArgs
            {
                Project = project,
                Role = role,
                Member = nodeAccountMember,
            }, Options()))
            .ToList();

        var clusterArgs = new Pulumi.Gcp.Container.ClusterArgs
        {
            Project = project,
            Location = cluster.Region,
            Name = Output.Format($"{cluster.Name}-{suffix.Result}"),
            Network = network.Id,
            Subnetwork = subnetwork.Id,
            RemoveDefaultNodePool = true,
            InitialNodeCount = 1,
            MinMasterVersion = cluster.KubernetesVersion,
            ReleaseChannel = new ClusterReleaseChannelArgs { Channel = cluster.ReleaseChannel },
            WorkloadIdentityConfig = new ClusterWorkloadIdentityConfigArgs { WorkloadPool = $"{project}.svc.id.goog" },
            EnableShieldedNodes = true,
            DatapathProvider = "ADVANCED_DATAPATH",
            NetworkingMode = "VPC_NATIVE",
            IpAllocationPolicy = new ClusterIpAllocationPolicyArgs
            {
                ClusterSecondaryRangeName = PodsRangeName,
                ServicesSecondaryRangeName = ServicesRangeName,
            },
            DeletionProtection = protect,
            ResourceLabels = { ["fleet-cluster"] = cluster.Name },
        };
        if (args.Addons.VerticalPodAutoscaler is not null)
        {
            // GKE's built-in vertical Pod autoscaling serves autoscaling.k8s.io/v1 VerticalPodAutoscalers; only where an app asks.
            clusterArgs.VerticalPodAutoscaling = new ClusterVerticalPodAutoscalingArgs { Enabled = true };
        }

        if (cluster.RbacSecurityGroup is { } securityGroup)
        {
            // Google Groups for RBAC: members of groups nested in this one are the Group subjects of the teams' RoleBindings.
            clusterArgs.AuthenticatorGroupsConfig = new ClusterAuthenticatorGroupsConfigArgs { SecurityGroup = securityGroup };
        }

        if (cluster.PrivateNodes)
        {
            clusterArgs.PrivateClusterConfig = new ClusterPrivateClusterConfigArgs
            {
                EnablePrivateNodes = true,
                EnablePrivateEndpoint = false,
                MasterIpv4CidrBlock = args.MasterIpv4CidrBlock,
            };
        }

        if (!cluster.ApiAccessCidrs.IsDefaultOrEmpty)
        {
            // Without CIDRs the control plane stays reachable from anywhere (GKE default), as the config documents.
            clusterArgs.MasterAuthorizedNetworksConfig = new ClusterMasterAuthorizedNetworksConfigArgs
            {
                CidrBlocks = [.. cluster.ApiAccessCidrs.Select(cidr => new ClusterMasterAuthorizedNetworksConfigCidrBlockArgs { CidrBlock = cidr, DisplayName = cidr })],
            };
        }

        var gke = new Pulumi.Gcp.Container.Cluster($"{name}-cluster", clusterArgs, Options(protect));

        var nodePools = cluster.NodeGroups
            .Select(group => NodePool(name, project, cluster, group, gke, nodeAccount, nodeRoles, protect))
            .ToList();

        ClusterName = gke.Name;
        Endpoint = gke.Endpoint.Apply(endpoint => $"https://{endpoint}");
        OidcIssuer = Output.Format($"https://container.googleapis.com/v1/projects/{project}/locations/{cluster.Region}/clusters/{gke.Name}");
        Kubeconfig = Output.CreateSecret(Output.Tuple(gke.Name, gke.Endpoint, gke.MasterAuth).Apply(c =>
            GkeKubeconfig.Json($"gke_{project}_{cluster.Region}_{c.Item1}", c.Item2, c.Item3.ClusterCaCertificate ?? "")));
        Provider = new Pulumi.Kubernetes.Provider($"{name}-k8s", new Pulumi.Kubernetes.ProviderArgs
        {
            KubeConfig = Kubeconfig,
        }, new CustomResourceOptions { Parent = this, DependsOn = [.. nodePools] });
        NetworkName = network.Name;
        IngressAddresses = GkeIngressAddresses.Create(name, project, args.Addons, () => Options(protect));
        if (args.Addons.Keda is { } keda)
        {
            // KEDA waits for its firewall rule and goes before it: while it runs, its APIService must stay reachable
            // (an unreachable aggregated API stalls namespace deletion and every discovery client).
            List<Resource> reachable = cluster.PrivateNodes
                ? [ControlPlaneToNodes(name, project, network, args.MasterIpv4CidrBlock, nodeAccount, "keda", KedaRelease.ControlPlanePorts)]
                : [];
            if (args.Addons.KedaPodIdentity is { } identity)
            {
                var (email, grants) = GkeKedaPodIdentity.Create(name, project, identity, suffix.Result, SuffixLength, cluster.Name, this);
                _ = KedaRelease.Install(name, keda, this, Provider, [.. reachable, .. grants], (identity, email.Apply(KedaChartValues.Gcp)));
            }
            else
            {
                _ = KedaRelease.Install(name, keda, this, Provider, [.. reachable]);
            }
        }

        RegisterOutputs(new Dictionary<string, object?>
        {
            ["clusterName"] = ClusterName,
            ["endpoint"] = Endpoint,
            ["kubeconfig"] = Kubeconfig,
            ["oidcIssuer"] = OidcIssuer,
            ["networkName"] = NetworkName,
            ["nodeServiceAccount"] = nodeAccount.Email,
            ["ingressAddresses"] = Output.All(IngressAddresses.Select(a => a.Value.Apply(address => (a.Key, address))))
                .Apply(all => all.ToImmutableDictionary(a => a.Key, a => a.address, StringComparer.Ordinal)),
        });
    }

    /// <inheritdoc />
    public Output<string> ClusterName { get; }

    /// <inheritdoc />
    public Output<string> Endpoint { get; }

    /// <inheritdoc />
    public Output<string> Kubeconfig { get; }

    /// <inheritdoc />
    public Output<string> OidcIssuer { get; }

    /// <inheritdoc />
    public Pulumi.Kubernetes.Provider Provider { get; }

    /// <summary>Each public app's reserved global address (the IP its Ingress and DNS records use), by app name.</summary>
    public ImmutableDictionary<string, Output<string>> IngressAddresses { get; }

    /// <summary>The VPC network the cluster runs in.</summary>
    public Output<string> NetworkName { get; }

    private static ComponentResourceOptions? Validated(string name, GkeClusterArgs args, ComponentResourceOptions? options)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentProblems.ThrowIfAny(nameof(GkeCluster), name, args.Problems());
        return options;
    }

    /// <summary>
    /// Private nodes: GKE's own firewall rule lets the control plane reach the nodes on 443 and 10250 only, so an add-on's
    /// webhook or APIService on any other port times out. This rule opens <paramref name="ports"/> from the control plane's
    /// /28 to the nodes (by their service account), nothing more.
    /// </summary>
    private Firewall ControlPlaneToNodes(string name, string project, Network network, string masterCidr, Account nodeAccount, string addon, IEnumerable<int> ports) =>
        new($"{name}-master-{addon}", new FirewallArgs
        {
            Project = project,
            Network = network.Id,
            Description = $"GKE control plane to the {addon} webhooks and APIService on the nodes",
            Direction = "INGRESS",
            SourceRanges = [masterCidr],
            TargetServiceAccounts = [nodeAccount.Email],
            Allows = { new FirewallAllowArgs { Protocol = "tcp", Ports = [.. ports.Select(p => p.ToString(System.Globalization.CultureInfo.InvariantCulture))] } },
        }, new CustomResourceOptions { Parent = this });

    /// <summary>
    /// A node pool autoscaled between the group's min and max across all zones of the region, running as the node
    /// service account, with Shielded VM boot checks and the GKE metadata server (Workload Identity) in front of the
    /// instance metadata. It starts at the group's desired size (<c>initialNodeCount</c> is per zone, rounded up); the
    /// autoscaler owns the size afterwards, and as the provider replaces a pool whose <c>initialNodeCount</c> changes
    /// (pulumi-gcp v9.35.0 <c>NodePoolArgs</c>), later changes of the desired size are ignored instead.
    /// </summary>
    private NodePool NodePool(
        string name, string project, ClusterConfig cluster, NodeGroupConfig group, Pulumi.Gcp.Container.Cluster gke,
        Account nodeAccount, List<IAMMember> nodeRoles, bool protect) =>
        new($"{name}-pool-{group.Name}", new NodePoolArgs
        {
            Project = project,
            Location = cluster.Region,
            Cluster = gke.Name,
            InitialNodeCount = InitialNodeCountPerZone(group.DesiredSize),
            Autoscaling = new NodePoolAutoscalingArgs
            {
                TotalMinNodeCount = group.MinSize,
                TotalMaxNodeCount = group.MaxSize,
                LocationPolicy = "BALANCED",
            },
            Management = new NodePoolManagementArgs { AutoRepair = true, AutoUpgrade = true },
            NodeConfig = new NodePoolNodeConfigArgs
            {
                MachineType = group.InstanceTypes[0],
                DiskSizeGb = group.DiskSizeGb,
                DiskType = "pd-balanced",
                ImageType = "COS_CONTAINERD",
                Spot = group.Spot,
                ServiceAccount = nodeAccount.Email,
                OauthScopes = ["https://www.googleapis.com/auth/cloud-platform"],
                Labels = FleetInfra.Core.Headroom.NodeGroupLabels.For(group).ToDictionary(),
                Taints = [.. group.Taints.Select(taint => new NodePoolNodeConfigTaintArgs
                {
                    Key = taint.Key,
                    Value = taint.Value,
                    Effect = CloudTaintEffect.From(taint.Effect),
                })],
                ShieldedInstanceConfig = new NodePoolNodeConfigShieldedInstanceConfigArgs { EnableSecureBoot = true, EnableIntegrityMonitoring = true },
                WorkloadMetadataConfig = new NodePoolNodeConfigWorkloadMetadataConfigArgs { Mode = "GKE_METADATA" },
                Metadata = { ["disable-legacy-endpoints"] = "true" },
                ResourceLabels = { ["fleet-cluster"] = cluster.Name, ["fleet-node-group"] = group.Name },
            },
        }, new CustomResourceOptions { Parent = this, Protect = protect, DependsOn = [.. nodeRoles], IgnoreChanges = ["initialNodeCount"] });

    /// <summary>The per-zone start size that gives at least <paramref name="desiredSize"/> nodes over <see cref="ZonesPerRegion"/> zones.</summary>
    internal static int InitialNodeCountPerZone(int desiredSize) => (desiredSize + ZonesPerRegion - 1) / ZonesPerRegion;
}
