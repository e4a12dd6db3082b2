using FleetInfra.Core.Intents;
using FleetInfra.Core.Naming;
using FleetInfra.Core.Schema;

namespace FleetInfra.Core.Config;

/// <summary>
/// The keys FleetInfra reads from a Pulumi stack file, with their shapes, ranges and meanings. Stack config keys live
/// under <c>fleet:</c>. The parsers check keys and ranges against these tables and <c>fleet schema</c> writes them as
/// JSON Schema; a new key needs only an entry here (and the code that reads it).
/// </summary>
public static class StackKeys
{
    public const string Namespace = "fleet";

    public static readonly IReadOnlyCollection<string> ReleaseChannels = ["RAPID", "REGULAR", "STABLE", "EXTENDED"];

    public static readonly IReadOnlyCollection<string> Providers = ["eks", "gke"];

    public static readonly IReadOnlyCollection<string> EksOnly =
        ["adminRoleArns", "certificateArn", "existingVpcId", "existingPublicSubnetIds", "existingPrivateSubnetIds", "vpcCidr"];

    public static readonly IReadOnlyCollection<string> GkeOnly =
        ["project", "subnetCidr", "podsCidr", "servicesCidr", "privateNodes", "releaseChannel", "rbacSecurityGroup"];

    public static readonly TextSpec Name = TextSpec.Matching(ValuePatterns.DnsLabel, KubernetesNames.MaxLabelLength);

    public static readonly TextSpec Cidr = TextSpec.Matching(ValuePatterns.Ipv4Cidr);

    public static readonly TextSpec ProjectId = TextSpec.Matching(ValuePatterns.ProjectId);

    public static readonly KeyTable Route53 = new("route53Zone", "A Route 53 hosted zone: EKS clusters write ExternalDNS records and validate ACM certificates there.",
        new KeySpec("zoneName", TextSpec.Matching(ValuePatterns.ZoneName), "The zone's DNS name, like example.com.") { Required = true },
        new KeySpec("zoneId", TextSpec.Matching(ValuePatterns.HostedZoneId), "The hosted zone id, like Z0123456789ABCDEFGHIJ (without /hostedzone/)."));

    public static readonly KeyTable CloudDns = new("cloudDnsZone", "A Cloud DNS managed zone: GKE clusters write A records there.",
        new KeySpec("zoneName", TextSpec.Matching(ValuePatterns.ZoneName), "The zone's DNS name, like example.com.") { Required = true },
        new KeySpec("managedZone", TextSpec.Matching(ValuePatterns.ManagedZone), "The managed zone's resource name, like example-com.") { Required = true },
        new KeySpec("project", ProjectId, "The GCP project of the zone. Default: the cluster's project."));

    public static readonly KeyTable Dns = new("dns", "The DNS zones that public hosts are written to.",
        new KeySpec("route53", Route53, "EKS clusters: the Route 53 zone { zoneName, zoneId }."),
        new KeySpec("cloudDns", CloudDns, "GKE clusters: the Cloud DNS zone { zoneName, managedZone, project }."));

    public static readonly KeyTable Addons = new("addons", "Which cluster add-ons FleetInfra may install; each is installed only where the cluster's apps need it.",
        new KeySpec("metricsServer", BooleanSpec.Instance, "EKS: metrics-server, so HorizontalPodAutoscalers read CPU usage.") { Default = true },
        new KeySpec("networkPolicy", BooleanSpec.Instance, "EKS: the VPC CNI's network policy agent, so NetworkPolicies are enforced.") { Default = true },
        new KeySpec("nodeAutoscaler", BooleanSpec.Instance, "EKS: Cluster Autoscaler, so node groups grow to maxSize and shrink to minSize.") { Default = true },
        new KeySpec("dns", BooleanSpec.Instance, "DNS records for public hosts: ExternalDNS on EKS, Cloud DNS record sets on GKE.") { Default = true },
        new KeySpec("certificates", BooleanSpec.Instance, "EKS: an ACM certificate, validated in the Route 53 zone, for the cluster's hosts.") { Default = true },
        new KeySpec("staticIps", BooleanSpec.Instance, "GKE: a reserved global static IP per public app, named on its Ingress.") { Default = true });

    public static readonly KeyTable TeamMembers = new("teamMembers", "The team's cloud identities, mapped to the Kubernetes groups its RoleBindings name.",
        new KeySpec("eksRoleArns", new ListSpec(TextSpec.Matching(ValuePatterns.RoleArn)), "EKS: IAM role ARNs; each gets an access entry with the team's Kubernetes group."),
        new KeySpec("googleGroups", new ListSpec(TextSpec.Matching(ValuePatterns.Email)), "GKE: Google groups (Google Groups for RBAC; see the cluster's rbacSecurityGroup)."),
        new KeySpec("googleUsers", new ListSpec(TextSpec.Matching(ValuePatterns.Email)), "GKE: Google user accounts bound directly."));

    public static readonly KeyTable TeamBudget = new("teamBudget", "What the team's apps may request in all, split into a ResourceQuota per namespace.",
        new KeySpec("cpu", AnyOfSpec.Of(
                new IntegerSpec(1, Config.TeamBudget.MaxMillicores),
                new FractionSpec(0.001m, Config.TeamBudget.MaxMillicores / 1000m),
                TextSpec.Matching(ValuePatterns.CpuQuantity)),
            "CPU: an unquoted integer is millicores, text a quantity like \"8\" or 8000m."),
        new KeySpec("memory", AnyOfSpec.Of(new IntegerSpec(1, int.MaxValue), TextSpec.Matching(Quantities.MemoryQuantity.Pattern)), "Memory, like 16Gi (an unquoted integer is MB)."),
        new KeySpec("pods", new IntegerSpec(1, Config.TeamBudget.MaxPods), "Pods."));

    public static readonly KeyTable Team = new("team", "A team: the apps it owns, its members' identities, its budget.",
        new KeySpec("name", Name, "DNS label, unique in the stack.") { Required = true },
        new KeySpec("apps", new ListSpec(IntentKeys.AppName) { MinItems = 1 }, "The apps it owns; once teams exist every app has exactly one owner.") { Required = true },
        new KeySpec("members", TeamMembers, "{ eksRoleArns, googleGroups, googleUsers }."),
        new KeySpec("budget", TeamBudget, "{ cpu, memory, pods } in all, over the team's namespaces."),
        new KeySpec("viewOtherApps", BooleanSpec.Instance, "Read access (no Secrets) to the other teams' namespaces.") { Default = false });

    public static readonly KeyTable Taint = new("taint", "A node taint: { key, value, effect }.",
        new KeySpec("key", TextSpec.Matching(ValuePatterns.LabelKey), "The taint key.") { Required = true },
        new KeySpec("value", new TextSpec { Pattern = ValuePatterns.LabelValue, AcceptsAnyScalar = true }, "The taint value: at most 63 letters, digits, '-', '_' or '.'.") { Default = "" },
        new KeySpec("effect", TextSpec.OneOf(Enum.GetNames<TaintEffect>()), "NoSchedule, PreferNoSchedule or NoExecute.") { Required = true });

    public static readonly KeyTable NodeGroup = new("nodeGroup", "A node group (EKS managed node group, GKE node pool).",
        new KeySpec("name", Name, "DNS label, unique in the cluster.") { Required = true },
        new KeySpec("instanceTypes", new ListSpec(TextSpec.Matching(ValuePatterns.InstanceType)) { MinItems = 1 },
            "EC2 instance types; exactly one GCE machine type on GKE.") { Required = true },
        new KeySpec("minSize", new IntegerSpec(0, StackConfigParser.MaxNodeGroupSize), "The smallest number of nodes.") { Required = true },
        new KeySpec("maxSize", new IntegerSpec(1, StackConfigParser.MaxNodeGroupSize), "The largest number of nodes.") { Required = true },
        new KeySpec("desiredSize", new IntegerSpec(0, StackConfigParser.MaxNodeGroupSize), "The number of nodes to start with, between minSize and maxSize. Default: minSize, at least 1."),
        new KeySpec("spot", BooleanSpec.Instance, "Spot (preemptible) capacity.") { Default = false },
        new KeySpec("diskSizeGb", new IntegerSpec(20, 16384), "Root disk size in GiB.") { Default = NodeGroupConfig.DefaultDiskSizeGb },
        new KeySpec("labels", new MapSpec(TextSpec.Matching(ValuePatterns.LabelKey), new TextSpec { Pattern = ValuePatterns.LabelValue, AcceptsAnyScalar = true }),
            "Node labels (map)."),
        new KeySpec("taints", new ListSpec(Taint), "[{ key, value, effect: NoSchedule|PreferNoSchedule|NoExecute }]."));

    public static readonly KeyTable Cluster = new("cluster", "One cluster of the stack and its node groups.",
        new KeySpec("name", Name, "DNS label, unique in the stack.") { Required = true },
        new KeySpec("provider", TextSpec.OneOf([.. Providers]), "eks or gke.") { Required = true },
        new KeySpec("region", TextSpec.Matching(ValuePatterns.Region), "The cloud region, like us-east-1 or europe-west1.") { Required = true },
        new KeySpec("project", ProjectId, "gke only: the GCP project id (required for gke)."),
        new KeySpec("kubernetesVersion", TextSpec.Matching(ValuePatterns.KubernetesVersion),
            "Quoted minor version, \"1.33\" (unquoted 1.30 would be read as 1.3).") { Required = true },
        new KeySpec("nodeGroups", new ListSpec(NodeGroup) { MinItems = 1 }, "At least one node group.") { Required = true },
        new KeySpec("apps", new ListSpec(IntentKeys.AppName), "The subset of the stack's apps that run on this cluster. Default: all."),
        new KeySpec("apiAccessCidrs", new ListSpec(Cidr),
            "CIDRs allowed to reach the Kubernetes API (EKS public endpoint / GKE authorized networks). Unset is a warning: the endpoint is open."),
        new KeySpec("adminRoleArns", new ListSpec(TextSpec.Matching(ValuePatterns.RoleArn)), "eks only: IAM roles granted cluster admin through access entries."),
        new KeySpec("certificateArn", TextSpec.Matching(ValuePatterns.CertificateArn),
            "eks only: ACM certificate for the HTTPS listener; when unset the ALB discovers certificates from the Ingress hosts."),
        new KeySpec("existingVpcId", TextSpec.Matching(ValuePatterns.VpcId), "eks only: reuse this VPC (with at least two subnets of each kind) instead of creating one."),
        new KeySpec("existingPublicSubnetIds", new ListSpec(TextSpec.Matching(ValuePatterns.SubnetId)), "eks only: public subnets of existingVpcId (at least two)."),
        new KeySpec("existingPrivateSubnetIds", new ListSpec(TextSpec.Matching(ValuePatterns.SubnetId)), "eks only: private subnets of existingVpcId (at least two)."),
        new KeySpec("vpcCidr", Cidr, "eks only: CIDR of the new VPC.") { Default = ClusterConfig.DefaultVpcCidr },
        new KeySpec("subnetCidr", Cidr, "gke only: the VPC-native primary range.") { Default = ClusterConfig.DefaultSubnetCidr },
        new KeySpec("podsCidr", Cidr, "gke only: the VPC-native range of pods.") { Default = ClusterConfig.DefaultPodsCidr },
        new KeySpec("servicesCidr", Cidr, "gke only: the VPC-native range of services.") { Default = ClusterConfig.DefaultServicesCidr },
        new KeySpec("privateNodes", BooleanSpec.Instance, "gke only: nodes without public IPs (with Cloud NAT).") { Default = true },
        new KeySpec("releaseChannel", TextSpec.OneOf([.. ReleaseChannels]), "gke only: RAPID, REGULAR, STABLE or EXTENDED.") { Default = ClusterConfig.DefaultReleaseChannel },
        new KeySpec("dns", Dns, "This cluster's DNS zone, instead of fleet:dns."),
        new KeySpec("addons", Addons, "This cluster's add-on switches, over fleet:addons."),
        new KeySpec("rbacSecurityGroup", TextSpec.Matching(ValuePatterns.RbacSecurityGroup), "gke only: the Google Groups for RBAC security group, gke-security-groups@YOUR-DOMAIN."))
    {
        Rules =
        [
            new KeyRule("provider", "eks", [.. GkeOnly], []),
            new KeyRule("provider", "gke", [.. EksOnly], ["project"]),
        ],
    };

    /// <summary>The <c>fleet:</c> keys of a stack's <c>config:</c>, written without the namespace.</summary>
    public static readonly KeyTable Fleet = new("config", "The stack's config: FleetInfra's keys under fleet:, other namespaces (aws:, gcp:) belong to their providers.",
        new KeySpec("environment", Name, "Environment label on every object (a DNS label). Default: the stack name."),
        new KeySpec("partOf", Name, "The app.kubernetes.io/part-of label.") { Default = StackConfig.DefaultPartOf },
        new KeySpec("imageRegistry", TextSpec.Matching(ValuePatterns.Registry), "Registry path for build_mode: DOCKER apps, like registry.example.com/acme.") { Requires = ["imageTag"] },
        new KeySpec("imageTag", TextSpec.Matching(ValuePatterns.ImageTag) with { Refused = ["latest"] }, "Tag of CI-built images; required with imageRegistry; not latest."),
        new KeySpec("domain", TextSpec.Matching(ValuePatterns.HostName),
            "Base domain: a public app's first public port is served at <app>.<cluster>.<domain>; required when a public app has no custom_domains."),
        new KeySpec("appsDir", TextSpec.Any, "Intents folder, relative to the stack file.") { Default = "apps" },
        new KeySpec("apps", new ListSpec(IntentKeys.AppName), "The apps this stack deploys. Default: every app found."),
        new KeySpec("appOverrides", new MapSpec(IntentKeys.AppName, IntentKeys.Overridable),
            "Per app: image, cpu, memory, min_running_instances, max_running_instances, environment_variables (merged) for this stack only."),
        new KeySpec("protect", BooleanSpec.Instance, "Protect clusters, node groups and networks from deletion. Default: true when the environment is prod or production."),
        new KeySpec("dns", Dns, "The DNS zones of every cluster: { route53: {...}, cloudDns: {...} }."),
        new KeySpec("addons", Addons, "Add-on switches of every cluster; all on by default."),
        new KeySpec("schedule", IntentKeys.ScheduleSpec, "Working hours of every app of a non-production stack (an app's schedule, or always, overrides it)."),
        new KeySpec("allowSchedules", BooleanSpec.Instance, "Let a production stack use schedules.") { Default = false },
        new KeySpec("allowedDomains", new ListSpec(TextSpec.Matching(ValuePatterns.HostName)), "Domains custom domains may use besides fleet:domain (policy FI006)."),
        new KeySpec("teams", new ListSpec(Team) { MinItems = 1 }, "The teams: [{ name, apps, members, budget, viewOtherApps }]."),
        new KeySpec("policies", new MapSpec(TextSpec.Matching(ValuePatterns.PolicyId), AnyOfSpec.Of(TextSpec.OneOf("error", "warning", "off"), BooleanSpec.Instance)),
            "Levels of the policies and of fleet diff's hazards for this stack, like { FI003: error, FI007: off, FI107: error }."),
        new KeySpec("clusters", new ListSpec(Cluster) { MinItems = 1 }, "The clusters.") { Required = true })
    {
        NamespacePrefix = Namespace + ":",
    };

    /// <summary>The top-level keys of a Pulumi stack file.</summary>
    public static readonly KeyTable StackFile = new(null, "A Pulumi stack file (stacks/Pulumi.<stack>.yaml) with FleetInfra's fleet: keys.",
        new KeySpec("config", Fleet, "The stack's configuration.") { Required = true },
        new KeySpec("secretsprovider", TextSpec.Any, "Pulumi: the secrets provider of the stack."),
        new KeySpec("encryptedkey", TextSpec.Any, "Pulumi: the stack's encrypted data key."),
        new KeySpec("encryptionsalt", TextSpec.Any, "Pulumi: the stack's encryption salt."),
        new KeySpec("environment", AnyOfSpec.Of(new ListSpec(TextSpec.Any), TextSpec.Any), "Pulumi ESC: the environments this stack imports."));
}
