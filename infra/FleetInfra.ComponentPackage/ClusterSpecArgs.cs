using Pulumi;

namespace FleetInfra.ComponentPackage;

/// <summary>
/// A cluster as one entry of <c>fleet:clusters</c> in a stack file, as Pulumi inputs: the same keys, rules and defaults
/// (README, Stack config), mapped onto the core's <c>ClusterConfig</c> by the stack file's parser.
/// </summary>
public sealed class ClusterSpecArgs : ResourceArgs
{
    /// <summary>DNS label; the cluster's cloud name starts with it.</summary>
    [Input("name", required: true)]
    public Input<string> Name { get; set; } = null!;

    /// <summary><c>eks</c> or <c>gke</c>. EksCluster and GkeCluster fill it in; ApplicationFleet needs it.</summary>
    [Input("provider")]
    public Input<string>? Provider { get; set; }

    /// <summary>The cloud region, like <c>us-east-1</c> or <c>europe-west1</c>.</summary>
    [Input("region", required: true)]
    public Input<string> Region { get; set; } = null!;

    /// <summary>The Kubernetes minor version as text, like <c>"1.33"</c>.</summary>
    [Input("kubernetesVersion", required: true)]
    public Input<string> KubernetesVersion { get; set; } = null!;

    /// <summary>At least one node group.</summary>
    [Input("nodeGroups", required: true)]
    public InputList<NodeGroupSpecArgs> NodeGroups { get; set; } = null!;

    /// <summary>GKE: the GCP project id (required for gke).</summary>
    [Input("project")]
    public Input<string>? Project { get; set; }

    /// <summary>CIDRs allowed to reach the Kubernetes API. Default: none, the endpoint is open.</summary>
    [Input("apiAccessCidrs")]
    public InputList<string>? ApiAccessCidrs { get; set; }

    /// <summary>EKS: IAM roles granted cluster admin through access entries.</summary>
    [Input("adminRoleArns")]
    public InputList<string>? AdminRoleArns { get; set; }

    /// <summary>EKS: the ACM certificate of the HTTPS listener. Default: the ALB discovers certificates from the hosts.</summary>
    [Input("certificateArn")]
    public Input<string>? CertificateArn { get; set; }

    /// <summary>EKS: reuse this VPC (with at least two subnets of each kind) instead of creating one.</summary>
    [Input("existingVpcId")]
    public Input<string>? ExistingVpcId { get; set; }

    /// <summary>EKS: public subnets of <c>existingVpcId</c>.</summary>
    [Input("existingPublicSubnetIds")]
    public InputList<string>? ExistingPublicSubnetIds { get; set; }

    /// <summary>EKS: private subnets of <c>existingVpcId</c>.</summary>
    [Input("existingPrivateSubnetIds")]
    public InputList<string>? ExistingPrivateSubnetIds { get; set; }

    /// <summary>EKS: CIDR of the new VPC. Default 10.0.0.0/16.</summary>
    [Input("vpcCidr")]
    public Input<string>? VpcCidr { get; set; }

    /// <summary>GKE: the VPC-native primary range. Default 10.10.0.0/20.</summary>
    [Input("subnetCidr")]
    public Input<string>? SubnetCidr { get; set; }

    /// <summary>GKE: the pods' range. Default 10.20.0.0/14.</summary>
    [Input("podsCidr")]
    public Input<string>? PodsCidr { get; set; }

    /// <summary>GKE: the services' range. Default 10.24.0.0/20.</summary>
    [Input("servicesCidr")]
    public Input<string>? ServicesCidr { get; set; }

    /// <summary>GKE: nodes without public IPs (with Cloud NAT). Default true.</summary>
    [Input("privateNodes")]
    public Input<bool>? PrivateNodes { get; set; }

    /// <summary>GKE: RAPID, REGULAR, STABLE or EXTENDED. Default REGULAR.</summary>
    [Input("releaseChannel")]
    public Input<string>? ReleaseChannel { get; set; }

    /// <summary>The DNS zone public hosts are written to (route53 on eks, cloudDns on gke). Default: none.</summary>
    [Input("dns")]
    public Input<DnsZonesSpecArgs>? Dns { get; set; }

    /// <summary>Add-on switches; every add-on is on by default and installed only where the apps need it.</summary>
    [Input("addons")]
    public Input<AddonSwitchesSpecArgs>? Addons { get; set; }

    /// <summary>GKE: the Google Groups for RBAC security group, gke-security-groups@YOUR-DOMAIN.</summary>
    [Input("rbacSecurityGroup")]
    public Input<string>? RbacSecurityGroup { get; set; }
}
