namespace FleetInfra.Core.Config;

/// <summary>The keys FleetInfra reads from a Pulumi stack file. Stack config keys live under <c>fleet:</c>.</summary>
public static class StackKeys
{
    public const string Namespace = "fleet";

    public static readonly IReadOnlyCollection<string> StackFile = ["config", "secretsprovider", "encryptedkey", "encryptionsalt", "environment"];

    public static readonly IReadOnlyCollection<string> Fleet =
        [
            "environment", "partOf", "imageRegistry", "imageTag", "domain", "allowedDomains", "appsDir", "apps", "appOverrides", "clusters",
            "protect", "dns", "addons", "teams", "policies",
        ];

    public static readonly IReadOnlyCollection<string> Cluster =
    [
        "name", "provider", "region", "project", "kubernetesVersion", "nodeGroups", "apps", "apiAccessCidrs",
        "adminRoleArns", "certificateArn", "existingVpcId", "existingPublicSubnetIds", "existingPrivateSubnetIds",
        "vpcCidr", "subnetCidr", "podsCidr", "servicesCidr", "privateNodes", "releaseChannel", "rbacSecurityGroup", "dns", "addons",
    ];

    public static readonly IReadOnlyCollection<string> EksOnly =
        ["adminRoleArns", "certificateArn", "existingVpcId", "existingPublicSubnetIds", "existingPrivateSubnetIds", "vpcCidr"];

    public static readonly IReadOnlyCollection<string> GkeOnly =
        ["project", "subnetCidr", "podsCidr", "servicesCidr", "privateNodes", "releaseChannel", "rbacSecurityGroup"];

    public static readonly IReadOnlyCollection<string> NodeGroup =
        ["name", "instanceTypes", "minSize", "maxSize", "desiredSize", "spot", "diskSizeGb", "labels", "taints"];

    public static readonly IReadOnlyCollection<string> Team = ["name", "apps", "members", "budget", "viewOtherApps"];

    public static readonly IReadOnlyCollection<string> TeamMembers = ["eksRoleArns", "googleGroups", "googleUsers"];

    public static readonly IReadOnlyCollection<string> TeamBudget = ["cpu", "memory", "pods"];

    public static readonly IReadOnlyCollection<string> Dns = ["route53", "cloudDns"];

    public static readonly IReadOnlyCollection<string> Route53 = ["zoneName", "zoneId"];

    public static readonly IReadOnlyCollection<string> CloudDns = ["zoneName", "managedZone", "project"];

    public static readonly IReadOnlyCollection<string> Addons = ["metricsServer", "networkPolicy", "nodeAutoscaler", "dns", "certificates", "staticIps"];

    public static readonly IReadOnlyCollection<string> ReleaseChannels = ["RAPID", "REGULAR", "STABLE", "EXTENDED"];
}
