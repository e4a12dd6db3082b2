using System.Collections.Immutable;

namespace FleetInfra.Components.Tests.Transitions;

/// <summary>
/// The inputs whose change makes each provider replace a resource instead of updating it, for the resource types this
/// program registers, at the pinned provider versions. A type that is not listed is an error, so a new resource type
/// cannot slip into a transition test unclassified.
/// </summary>
/// <remarks>
/// Sources. Terraform-bridged providers take replacement from the Terraform schema's <c>ForceNew</c> (the Pulumi schema
/// does not carry it): pulumi-aws 7.25.0 (terraform-provider-aws v6 resources <c>aws_acm_certificate</c>,
/// <c>aws_acm_certificate_validation</c>, <c>aws_route53_record</c>, <c>aws_iam_*</c>, <c>aws_kms_*</c>, <c>aws_ec2_*</c>,
/// <c>aws_eks_node_group</c> through pulumi-eks 4.3.0's <c>ManagedNodeGroup</c>), pulumi-gcp 9.35.0 (terraform-provider-google;
/// <c>initialNodeCount</c> of <c>NodePool</c> says so in sdk/dotnet/Container/NodePool.cs: "Changing this will force
/// recreation of the resource"). pulumi-kubernetes 4.32.0 replaces when an object's name or namespace changes and for the
/// immutable fields of provider/pkg/provider/diff.go (<c>forceNew</c>), and a Helm release when its name or namespace changes.
/// </remarks>
internal static class ReplaceOnChanges
{
    private static readonly ImmutableDictionary<string, ImmutableArray<string>> ByType = new Dictionary<string, ImmutableArray<string>>(StringComparer.Ordinal)
    {
        ["aws:acm/certificate:Certificate"] = ["domainName", "subjectAlternativeNames", "validationMethod", "keyAlgorithm"],
        ["aws:acm/certificateValidation:CertificateValidation"] = ["certificateArn", "validationRecordFqdns"],
        ["aws:route53/record:Record"] = ["name", "zoneId"],
        ["aws:iam/role:Role"] = ["name", "namePrefix", "path"],
        ["aws:iam/policy:Policy"] = ["name", "namePrefix", "path", "description"],
        ["aws:iam/rolePolicyAttachment:RolePolicyAttachment"] = ["role", "policyArn"],
        ["aws:kms/key:Key"] = ["customerMasterKeySpec", "keyUsage", "multiRegion"],
        ["aws:kms/alias:Alias"] = ["name", "namePrefix"],
        ["aws:ec2/vpc:Vpc"] = ["cidrBlock", "instanceTenancy"],
        ["aws:ec2/subnet:Subnet"] = ["vpcId", "cidrBlock", "availabilityZone", "availabilityZoneId"],
        ["aws:ec2/internetGateway:InternetGateway"] = [],
        ["aws:ec2/eip:Eip"] = ["domain"],
        ["aws:ec2/natGateway:NatGateway"] = ["allocationId", "subnetId", "connectivityType"],
        ["aws:ec2/routeTable:RouteTable"] = ["vpcId"],
        ["aws:ec2/route:Route"] = ["routeTableId", "destinationCidrBlock"],
        ["aws:ec2/routeTableAssociation:RouteTableAssociation"] = ["subnetId", "gatewayId"],
        ["aws:ec2/launchTemplate:LaunchTemplate"] = ["name", "namePrefix"],
        ["eks:index:Cluster"] = ["name", "vpcId", "publicSubnetIds", "privateSubnetIds", "encryptionConfigKeyArn"],
        ["eks:index:ManagedNodeGroup"] = ["nodeGroupName", "subnetIds", "instanceTypes", "capacityType", "diskSize", "amiType", "nodeRole", "nodeRoleArn", "cluster"],
        ["random:index/randomString:RandomString"] = ["length", "special", "upper", "lower", "numeric", "keepers"],
        ["gcp:compute/network:Network"] = ["name", "project", "autoCreateSubnetworks", "routingMode"],
        ["gcp:compute/subnetwork:Subnetwork"] = ["name", "project", "region", "network"],
        ["gcp:compute/router:Router"] = ["name", "project", "region", "network"],
        ["gcp:compute/routerNat:RouterNat"] = ["name", "project", "region", "router"],
        ["gcp:compute/firewall:Firewall"] = ["name", "project", "network", "direction"],
        ["gcp:compute/globalAddress:GlobalAddress"] = ["name", "project", "addressType", "ipVersion", "description"],
        ["gcp:dns/recordSet:RecordSet"] = ["name", "type", "managedZone", "project"],
        ["gcp:serviceaccount/account:Account"] = ["accountId", "project"],
        ["gcp:projects/iAMMember:IAMMember"] = ["role", "member", "project"],
        ["gcp:container/cluster:Cluster"] = ["name", "location", "project", "network", "subnetwork", "privateClusterConfig.enablePrivateNodes", "ipAllocationPolicy"],
        ["gcp:container/nodePool:NodePool"] = ["name", "location", "cluster", "project", "initialNodeCount", "nodeConfig.machineType", "nodeConfig.diskSizeGb", "nodeConfig.diskType", "nodeConfig.imageType", "nodeConfig.spot", "nodeConfig.serviceAccount", "nodeConfig.oauthScopes"],
        ["kubernetes:helm.sh/v3:Release"] = ["name", "namespace"],
        ["kubernetes:apps/v1:Deployment"] = ["metadata.name", "metadata.namespace", "spec.selector"],
        ["kubernetes:core/v1:Service"] = ["metadata.name", "metadata.namespace", "spec.clusterIP"],
        ["kubernetes:policy/v1:PodDisruptionBudget"] = ["metadata.name", "metadata.namespace"],
        ["kubernetes:rbac.authorization.k8s.io/v1:RoleBinding"] = ["metadata.name", "metadata.namespace", "roleRef"],
        ["kubernetes:core/v1:ResourceQuota"] = ["metadata.name", "metadata.namespace", "spec.scopes"],
    }.ToImmutableDictionary(StringComparer.Ordinal);

    private static readonly ImmutableArray<string> ObjectIdentity = ["metadata.name", "metadata.namespace"];

    /// <summary>The replace-on-change input paths of <paramref name="type"/>.</summary>
    public static ImmutableArray<string> Of(string type)
    {
        if (ByType.TryGetValue(type, out var paths))
        {
            return paths;
        }

        if (type.StartsWith("pulumi:providers:", StringComparison.Ordinal))
        {
            return [];
        }

        // Every other Kubernetes kind (and custom resources): a new name or namespace is a new object.
        return type.StartsWith("kubernetes:", StringComparison.Ordinal)
            ? ObjectIdentity
            : throw new InvalidOperationException($"{type}: no replace-on-change inputs known; add them to {nameof(ReplaceOnChanges)} from the provider's schema");
    }

    /// <summary>Whether a change at <paramref name="path"/> (dot-separated input path) replaces a resource of <paramref name="type"/>.</summary>
    public static bool Replaces(string type, string path) =>
        Of(type).Any(replacing => Covers(replacing, path) || Covers(path, replacing));

    /// <summary>Whether <paramref name="outer"/> is <paramref name="path"/> or one of its parents.</summary>
    public static bool Covers(string outer, string path) =>
        path == outer || path.StartsWith(outer + ".", StringComparison.Ordinal) || path.StartsWith(outer + "[", StringComparison.Ordinal);
}
