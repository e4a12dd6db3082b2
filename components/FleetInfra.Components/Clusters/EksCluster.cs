using System.Collections.Immutable;
using FleetInfra.Core.Config;
using Pulumi;
using Pulumi.Aws;
using Pulumi.Aws.Acm;
using Pulumi.Aws.Ec2;
using Pulumi.Aws.Ec2.Inputs;
using Pulumi.Aws.Eks.Inputs;
using Pulumi.Aws.Iam;
using Pulumi.Aws.Kms;
using Pulumi.Eks;
using Pulumi.Eks.Inputs;
using Pulumi.Kubernetes.Helm.V3;
using Pulumi.Kubernetes.Types.Inputs.Helm.V3;
using Pulumi.Random;

namespace FleetInfra.Components.Clusters;

/// <summary>
/// An EKS cluster ready for the application fleet: its network (a new VPC or an existing one), a KMS key for secrets
/// encryption, the control plane through Pulumi.Eks (API access entries, control-plane logging, restricted public endpoint),
/// one managed node group per configured node group (IMDSv2 only), and the AWS Load Balancer Controller bound through IRSA.
/// </summary>
public sealed class EksCluster : ComponentResource, IKubernetesCluster
{
    /// <summary>The Pulumi type token of this component.</summary>
    public const string TypeToken = "fleet:index:EksCluster";

    /// <summary>Control-plane log types sent to CloudWatch: all of them.</summary>
    public static readonly ImmutableArray<string> ControlPlaneLogTypes = ["api", "audit", "authenticator", "controllerManager", "scheduler"];

    /// <summary>Managed policies of the node role: kubelet, VPC CNI and image pulls, nothing more.</summary>
    public static readonly ImmutableArray<string> NodeRoleManagedPolicies = ["AmazonEKSWorkerNodePolicy", "AmazonEKS_CNI_Policy", "AmazonEC2ContainerRegistryReadOnly"];

    /// <summary>Namespace and service account of the AWS Load Balancer Controller, as its IRSA trust policy names them.</summary>
    public const string LoadBalancerControllerNamespace = "kube-system";

    /// <inheritdoc cref="LoadBalancerControllerNamespace"/>
    public const string LoadBalancerControllerServiceAccount = "aws-load-balancer-controller";

    /// <summary>The Helm repository of the AWS Load Balancer Controller chart.</summary>
    public const string EksChartsRepository = "https://aws.github.io/eks-charts";

    private const string ClusterAdminAccessPolicy = "AmazonEKSClusterAdminPolicy";

    /// <summary>Creates the cluster and everything it needs; see <see cref="EksClusterArgs"/>. Invalid arguments throw before any resource exists.</summary>
    public EksCluster(string name, EksClusterArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, Validated(name, args, options))
    {
        var cluster = args.Cluster;
        var protect = args.Protect;
        var aws = args.AwsProvider ?? new Pulumi.Aws.Provider($"{name}-aws", new Pulumi.Aws.ProviderArgs
        {
            Region = cluster.Region,
            DefaultTags = new Pulumi.Aws.Inputs.ProviderDefaultTagsArgs { Tags = { ["fleet-cluster"] = cluster.Name, ["managed-by"] = "pulumi" } },
        }, new CustomResourceOptions { Parent = this });
        CustomResourceOptions Aws(bool isProtected = false) => new() { Parent = this, Provider = aws, Protect = isProtected };

        var partition = GetPartition.Invoke(new GetPartitionInvokeArgs(), new InvokeOptions { Parent = this, Provider = aws }).Apply(p => p.Partition);
        var suffix = new RandomString($"{name}-suffix", new RandomStringArgs { Length = 6, Special = false, Upper = false }, new CustomResourceOptions { Parent = this });
        ClusterName = Output.Format($"{cluster.Name}-{suffix.Result}");

        var network = cluster.ExistingVpcId is null
            ? EksNetwork.Create(name, cluster, args.AvailabilityZoneCount, this, aws, protect)
            : EksNetwork.Existing(cluster);

        var secretsKey = new Key($"{name}-secrets", new KeyArgs
        {
            Description = $"Envelope encryption of Kubernetes secrets of EKS cluster {cluster.Name}",
            EnableKeyRotation = true,
        }, Aws(protect));
        _ = new Pulumi.Aws.Kms.Alias($"{name}-secrets", new AliasArgs
        {
            Name = Output.Format($"alias/fleet/{ClusterName}"),
            TargetKeyId = secretsKey.KeyId,
        }, Aws());

        var eksArgs = new Pulumi.Eks.ClusterArgs
        {
            Name = ClusterName,
            Version = cluster.KubernetesVersion,
            VpcId = network.VpcId,
            PublicSubnetIds = network.PublicSubnetIds,
            PrivateSubnetIds = network.PrivateSubnetIds,
            NodeAssociatePublicIpAddress = false,
            SkipDefaultNodeGroup = true,
            AuthenticationMode = AuthenticationMode.Api,
            AccessEntries = AccessEntries(cluster, args.Teams, partition),
            EnabledClusterLogTypes = [.. ControlPlaneLogTypes],
            EncryptionConfigKeyArn = secretsKey.Arn,
            EndpointPrivateAccess = true,
            EndpointPublicAccess = true,
            CreateOidcProvider = true,
            DeletionProtection = protect,
            Tags = { ["fleet-cluster"] = cluster.Name },
        };
        if (args.Addons.NetworkPolicyEnforcement)
        {
            // The VPC CNI enforces NetworkPolicies only with its network policy agent, which the EKS add-on turns on.
            eksArgs.UseDefaultVpcCni = false;
            eksArgs.VpcCniOptions = new VpcCniOptionsArgs { EnableNetworkPolicy = true };
        }
        if (!cluster.ApiAccessCidrs.IsDefaultOrEmpty)
        {
            // Without CIDRs the public endpoint stays open to the internet (EKS default), as the config documents.
            eksArgs.PublicAccessCidrs = [.. cluster.ApiAccessCidrs];
        }

        var eks = new Pulumi.Eks.Cluster($"{name}-eks", eksArgs, new ComponentResourceOptions { Parent = this, Providers = [aws], Protect = protect });

        var nodeRole = new Role($"{name}-node", new RoleArgs
        {
            Description = $"Worker nodes of EKS cluster {cluster.Name}",
            AssumeRolePolicy = IamPolicyDocuments.Ec2AssumeRole(),
        }, Aws());
        var nodeRolePolicies = NodeRoleManagedPolicies
            .Select(policy => new RolePolicyAttachment($"{name}-node-{policy}", new RolePolicyAttachmentArgs
            {
                Role = nodeRole.Name,
                PolicyArn = Output.Format($"arn:{partition}:iam::aws:policy/{policy}"),
            }, Aws()))
            .ToList();

        var autoscaled = args.Addons.NodeAutoscaler is not null;
        var nodeGroups = cluster.NodeGroups
            .Select(group => NodeGroup(name, cluster, group, autoscaled, eks, nodeRole, network, nodeRolePolicies, aws, protect))
            .ToList();

        Provider = new Pulumi.Kubernetes.Provider($"{name}-k8s", new Pulumi.Kubernetes.ProviderArgs
        {
            KubeConfig = eks.KubeconfigJson,
        }, new CustomResourceOptions { Parent = this, DependsOn = [.. nodeGroups] });

        var oidc = Output.Tuple(eks.OidcProviderArn, eks.OidcProviderUrl).Apply(o => (o.Item1, o.Item2));
        var addons = new EksClusterAddons(name, this, aws, Provider, ClusterName, partition, oidc, cluster.Region);
        var certificate = addons.Certificate(args.Addons);
        _ = InstallLoadBalancerController(name, args, eks, network, aws, partition, certificate);
        addons.InstallCharts(args.Addons);
        IngressPrerequisites = certificate is null ? [] : [certificate];

        Endpoint = eks.Core.Apply(core => core.Endpoint);
        Kubeconfig = Output.CreateSecret(eks.KubeconfigJson);
        // Pulumi.Eks: OidcProviderUrl is the issuer URL (https://...); its OidcIssuer output is the same without the scheme.
        OidcIssuer = eks.OidcProviderUrl;
        VpcId = network.VpcId;

        RegisterOutputs(new Dictionary<string, object?>
        {
            ["clusterName"] = ClusterName,
            ["endpoint"] = Endpoint,
            ["kubeconfig"] = Kubeconfig,
            ["oidcIssuer"] = OidcIssuer,
            ["vpcId"] = VpcId,
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

    /// <summary>What the cluster's Ingresses wait for: the validated ACM certificate, so the ALB finds it on its first reconcile.</summary>
    public ImmutableArray<Resource> IngressPrerequisites { get; }

    /// <summary>The VPC the cluster runs in (created or existing).</summary>
    public Output<string> VpcId { get; }

    private static ComponentResourceOptions? Validated(string name, EksClusterArgs args, ComponentResourceOptions? options)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentProblems.ThrowIfAny(nameof(EksCluster), name, args.Problems());
        return options;
    }

    /// <summary>
    /// One access entry per IAM role: cluster admin for <c>adminRoleArns</c>, and the Kubernetes groups of every team that
    /// lists the role (EKS allows one entry per principal, so a role in several teams gets all their groups).
    /// </summary>
    private static Dictionary<string, AccessEntryArgs> AccessEntries(ClusterConfig cluster, ImmutableArray<TeamConfig> teams, Output<string> partition)
    {
        var groupsByRole = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var roleArn in cluster.AdminRoleArns)
        {
            groupsByRole.TryAdd(roleArn, new SortedSet<string>(StringComparer.Ordinal));
        }

        foreach (var team in teams.IsDefault ? ImmutableArray<TeamConfig>.Empty : teams)
        {
            foreach (var roleArn in team.Members.EksRoleArns)
            {
                groupsByRole.TryAdd(roleArn, new SortedSet<string>(StringComparer.Ordinal));
                groupsByRole[roleArn].Add(team.KubernetesGroup);
            }
        }

        var entries = new Dictionary<string, AccessEntryArgs>(StringComparer.Ordinal);
        foreach (var (roleArn, groups) in groupsByRole)
        {
            var isAdmin = cluster.AdminRoleArns.Contains(roleArn);
            var roleName = roleArn[(roleArn.LastIndexOf('/') + 1)..];
            var prefix = isAdmin ? "admin" : "team";
            var key = entries.ContainsKey($"{prefix}-{roleName}") ? $"{prefix}-{roleName}-{entries.Count + 1}" : $"{prefix}-{roleName}";
            var entry = new AccessEntryArgs { PrincipalArn = roleArn, Type = AccessEntryType.Standard };
            if (groups.Count > 0)
            {
                entry.KubernetesGroups = [.. groups];
            }

            if (isAdmin)
            {
                entry.AccessPolicies = new Dictionary<string, Input<AccessPolicyAssociationArgs>>(StringComparer.Ordinal)
                {
                    ["cluster-admin"] = new AccessPolicyAssociationArgs
                    {
                        PolicyArn = Output.Format($"arn:{partition}:eks::aws:cluster-access-policy/{ClusterAdminAccessPolicy}"),
                        AccessScope = new AccessPolicyAssociationAccessScopeArgs { Type = "cluster" },
                    },
                };
            }

            entries[key] = entry;
        }

        return entries;
    }

    /// <summary>
    /// A managed node group in the private subnets. Its launch template requires IMDSv2 with a hop limit of 1, so pods
    /// cannot reach the node's instance credentials; it also carries the encrypted root volume (a node group with a
    /// launch template must not set its own disk size).
    /// </summary>
    /// <remarks>
    /// The node group follows the cluster's Kubernetes version (a minor upgrade rolls the nodes after the control plane,
    /// which the node group already waits for). With the Cluster Autoscaler on, the desired size is the autoscaler's:
    /// <c>ignoreScalingChanges</c> (pulumi-eks v4.3.0 <c>ManagedNodeGroupArgs</c>) keeps refresh and up from resetting it.
    /// </remarks>
    private ManagedNodeGroup NodeGroup(
        string name, ClusterConfig cluster, NodeGroupConfig group, bool autoscaled, Pulumi.Eks.Cluster eks, Role nodeRole, EksNetwork network,
        List<RolePolicyAttachment> nodeRolePolicies, ProviderResource aws, bool protect)
    {
        var launchTemplate = new LaunchTemplate($"{name}-ng-{group.Name}", new LaunchTemplateArgs
        {
            Description = $"Node group {group.Name}: IMDSv2 only, encrypted root volume",
            UpdateDefaultVersion = true,
            MetadataOptions = new LaunchTemplateMetadataOptionsArgs
            {
                HttpEndpoint = "enabled",
                HttpTokens = "required",
                HttpPutResponseHopLimit = 1,
            },
            BlockDeviceMappings =
            {
                new LaunchTemplateBlockDeviceMappingArgs
                {
                    DeviceName = "/dev/xvda",
                    Ebs = new LaunchTemplateBlockDeviceMappingEbsArgs
                    {
                        VolumeSize = group.DiskSizeGb,
                        VolumeType = "gp3",
                        Encrypted = "true",
                        DeleteOnTermination = "true",
                    },
                },
            },
        }, new CustomResourceOptions { Parent = this, Provider = aws });

        var nodeGroupArgs = new ManagedNodeGroupArgs
        {
            Cluster = eks,
            Version = cluster.KubernetesVersion,
            IgnoreScalingChanges = autoscaled,
            NodeRole = nodeRole,
            InstanceTypes = [.. group.InstanceTypes],
            CapacityType = group.Spot ? "SPOT" : "ON_DEMAND",
            ScalingConfig = new NodeGroupScalingConfigArgs
            {
                MinSize = group.MinSize,
                MaxSize = group.MaxSize,
                DesiredSize = group.DesiredSize,
            },
            SubnetIds = network.PrivateSubnetIds,
            LaunchTemplate = new NodeGroupLaunchTemplateArgs
            {
                Id = launchTemplate.Id,
                Version = launchTemplate.LatestVersion.Apply(version => version.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            },
            Labels = FleetInfra.Core.Headroom.NodeGroupLabels.For(group).ToDictionary(),
            Taints = [.. group.Taints.Select(taint => new NodeGroupTaintArgs
            {
                Key = taint.Key,
                Value = taint.Value,
                Effect = CloudTaintEffect.From(taint.Effect),
            })],
            Tags = { ["fleet-node-group"] = group.Name },
        };

        return new ManagedNodeGroup($"{name}-ng-{group.Name}", nodeGroupArgs, new ComponentResourceOptions
        {
            Parent = this,
            Providers = [aws],
            Protect = protect,
            DependsOn = [.. nodeRolePolicies],
        });
    }

    /// <summary>
    /// The AWS Load Balancer Controller (it serves the ALB ingresses of the fleet): an IAM role only its service account
    /// can assume through the cluster's OIDC provider, its IAM policy in the account's partition, and the Helm release with
    /// cluster name, region and VPC id set explicitly (nodes block IMDS for pods, so the controller cannot discover them).
    /// </summary>
    /// <remarks>
    /// The cluster's certificate goes on the chart's IngressClassParams of the <c>alb</c> class
    /// (<c>ingressClassParams.spec.certificateArn</c>, templates/ingressclass.yaml of chart 1.15.0). Controller v2.15.0
    /// takes explicit ARNs from there before any Ingress annotation and then skips certificate discovery
    /// (<c>computeIngressExplicitTLSCertARNs</c> in pkg/ingress/model_build_listener.go), so a replaced certificate is
    /// swapped on the listener when the release updates, and the old one is free when Pulumi deletes it at the end. The
    /// Ingresses name no ARN, so they stay exactly what <c>fleet render</c> writes. The Service mutating webhook is off: the
    /// fleet has no LoadBalancer Services (the quotas forbid them), and with <c>failurePolicy: Fail</c> it would reject every
    /// Service created while the controller's pods are not ready yet (upstream issue #4140).
    /// </remarks>
    private Release InstallLoadBalancerController(
        string name, EksClusterArgs args, Pulumi.Eks.Cluster eks, EksNetwork network, ProviderResource aws, Output<string> partition, CertificateValidation? certificate)
    {
        var role = new Role($"{name}-lb-controller", new RoleArgs
        {
            Description = $"AWS Load Balancer Controller of EKS cluster {args.Cluster.Name} (IRSA)",
            AssumeRolePolicy = Output.Tuple(eks.OidcProviderArn, eks.OidcProviderUrl).Apply(oidc =>
                IamPolicyDocuments.ServiceAccountAssumeRole(oidc.Item1, oidc.Item2, LoadBalancerControllerNamespace, LoadBalancerControllerServiceAccount)),
        }, new CustomResourceOptions { Parent = this, Provider = aws });
        var policy = new Policy($"{name}-lb-controller", new PolicyArgs
        {
            Description = "Permissions of the AWS Load Balancer Controller",
            PolicyDocument = partition.Apply(IamPolicyDocuments.LoadBalancerControllerPolicy),
        }, new CustomResourceOptions { Parent = this, Provider = aws });
        var attachment = new RolePolicyAttachment($"{name}-lb-controller", new RolePolicyAttachmentArgs
        {
            Role = role.Name,
            PolicyArn = policy.Arn,
        }, new CustomResourceOptions { Parent = this, Provider = aws });

        var certificateArn = certificate is null ? Output.Create((string?)null) : certificate.CertificateArn.Apply(arn => (string?)arn);
        var values = Output.Tuple(ClusterName, network.VpcId, role.Arn, certificateArn).Apply(v =>
            LoadBalancerControllerValues(v.Item1, args.Cluster.Region, v.Item2, v.Item3, v.Item4));

        return new Release($"{name}-lb-controller", new ReleaseArgs
        {
            Name = "aws-load-balancer-controller",
            Chart = "aws-load-balancer-controller",
            Version = args.LoadBalancerControllerChartVersion,
            Namespace = LoadBalancerControllerNamespace,
            RepositoryOpts = new RepositoryOptsArgs { Repo = EksChartsRepository },
            Values = values,
        }, new CustomResourceOptions { Parent = this, Provider = Provider, DependsOn = [attachment] });
    }

    /// <summary>The controller's Helm values; <paramref name="certificateArn"/> (null without a certificate) goes on the <c>alb</c> IngressClassParams.</summary>
    internal static ImmutableDictionary<string, object> LoadBalancerControllerValues(string clusterName, string region, string vpcId, string roleArn, string? certificateArn)
    {
        var values = ImmutableDictionary.CreateBuilder<string, object>(StringComparer.Ordinal);
        values["clusterName"] = clusterName;
        values["region"] = region;
        values["vpcId"] = vpcId;
        values["enableServiceMutatorWebhook"] = false;
        values["serviceAccount"] = ImmutableDictionary.CreateRange(StringComparer.Ordinal, new Dictionary<string, object>
        {
            ["create"] = true,
            ["name"] = LoadBalancerControllerServiceAccount,
            ["annotations"] = ImmutableDictionary.CreateRange(StringComparer.Ordinal, new Dictionary<string, object> { ["eks.amazonaws.com/role-arn"] = roleArn }),
        });
        if (certificateArn is not null)
        {
            values["ingressClassParams"] = ImmutableDictionary.CreateRange(StringComparer.Ordinal, new Dictionary<string, object>
            {
                ["spec"] = ImmutableDictionary.CreateRange(StringComparer.Ordinal, new Dictionary<string, object>
                {
                    ["certificateArn"] = ImmutableArray.Create<object>(certificateArn),
                }),
            });
        }

        return values.ToImmutable();
    }
}
