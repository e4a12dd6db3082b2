using System.Collections.Immutable;
using FleetInfra.Core.Diagnostics;
using FleetInfra.Core.Intents;
using FleetInfra.Core.Naming;
using FleetInfra.Core.Schema;
using FleetInfra.Core.Schema.Reading;

namespace FleetInfra.Core.Config;

/// <summary>
/// The keys FleetInfra reads from a Pulumi stack file, with their shapes, ranges, meanings and how each is read. Stack
/// config keys live under <c>fleet:</c>. The parser walks these tables (<see cref="TableReader"/>), <c>fleet schema</c>
/// writes them as JSON Schema and the reference page (docs/reference/stack.md) lists them. A new key needs only an
/// entry here; a rule across keys is a small class in <c>Config/Rules</c>.
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

    public static readonly TextSpec Name = TextSpec.Matching(CompiledPatterns.DnsLabel(), KubernetesNames.MaxLabelLength);

    public static readonly TextSpec Cidr = TextSpec.Matching(CompiledPatterns.Ipv4Cidr());

    public static readonly TextSpec ProjectId = TextSpec.Matching(CompiledPatterns.ProjectId());

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
        new KeySpec("metricsServer", BooleanSpec.Instance, "EKS: metrics-server, so HorizontalPodAutoscalers read CPU usage.") { Default = true }
            .ReadsBoolean<AddonSwitches>((addons, on) => addons with { MetricsServer = on }),
        new KeySpec("networkPolicy", BooleanSpec.Instance, "EKS: the VPC CNI's network policy agent, so NetworkPolicies are enforced.") { Default = true }
            .ReadsBoolean<AddonSwitches>((addons, on) => addons with { NetworkPolicy = on }),
        new KeySpec("nodeAutoscaler", BooleanSpec.Instance, "EKS: Cluster Autoscaler, so node groups grow to maxSize and shrink to minSize.") { Default = true }
            .ReadsBoolean<AddonSwitches>((addons, on) => addons with { NodeAutoscaler = on }),
        new KeySpec("dns", BooleanSpec.Instance, "DNS records for public hosts: ExternalDNS on EKS, Cloud DNS record sets on GKE.") { Default = true }
            .ReadsBoolean<AddonSwitches>((addons, on) => addons with { Dns = on }),
        new KeySpec("certificates", BooleanSpec.Instance, "EKS: an ACM certificate, validated in the Route 53 zone, for the cluster's hosts.") { Default = true }
            .ReadsBoolean<AddonSwitches>((addons, on) => addons with { Certificates = on }),
        new KeySpec("staticIps", BooleanSpec.Instance, "GKE: a reserved global static IP per public app, named on its Ingress.") { Default = true }
            .ReadsBoolean<AddonSwitches>((addons, on) => addons with { StaticIps = on }));

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

    internal static readonly TextSpec LabelKey = TextSpec.Matching(CompiledPatterns.LabelKey()) with
    {
        Explain = key => $"'{key}' is not a valid label key; use an optional DNS prefix and '/', then letters, digits, '-', '_' or '.'",
    };

    internal static readonly TextSpec LabelValue = TextSpec.Matching(CompiledPatterns.LabelValue()) with
    {
        AcceptsAnyScalar = true,
        Explain = value => $"'{value}' is not a valid label value; use at most 63 letters, digits, '-', '_' or '.'",
    };

    public static readonly KeyTable Taint = new("taint", "A node taint: { key, value, effect }.",
        new KeySpec("key", LabelKey with { What = "a taint key", Explain = key => $"'{key}' is not a valid taint key" }, "The taint key.") { Required = true }
            .MissingSays("is missing; set the taint key")
            .ReadsText<NodeTaint>((taint, key) => taint with { Key = key }),
        new KeySpec("value", LabelValue with
        {
            What = "a taint value",
            Explain = value => $"'{value}' is not a valid taint value; use at most 63 letters, digits, '-', '_' or '.'",
        }, "The taint value: at most 63 letters, digits, '-', '_' or '.'.") { Default = "" }
            .ReadsText<NodeTaint>((taint, value) => taint with { Value = value }),
        new KeySpec("effect", TextSpec.OneOf(Enum.GetNames<TaintEffect>()) with
        {
            What = "NoSchedule, PreferNoSchedule or NoExecute",
            Explain = effect => $"'{effect}' is not a taint effect{Suggestions.DidYouMean(effect, Enum.GetNames<TaintEffect>())}; use NoSchedule, PreferNoSchedule or NoExecute",
        }, "NoSchedule, PreferNoSchedule or NoExecute.") { Required = true }
            .MissingSays("is missing; set NoSchedule, PreferNoSchedule or NoExecute")
            .ReadsText<NodeTaint>((taint, effect) => taint with { Effect = Enum.Parse<TaintEffect>(effect) }));

    public static readonly KeyTable NodeGroup = new("nodeGroup", "A node group (EKS managed node group, GKE node pool).",
        new KeySpec("name", Name with
        {
            What = "a node group name like general",
            Explain = name => $"'{name}' is not a valid node group name; rename it to '{Suggestions.ToDnsLabel(name)}'",
        }, "DNS label, unique in the cluster.") { Required = true }
            .MissingSays("is missing; name the node group, like general")
            .ReadsText<NodeGroupConfig>((group, name) => group with { Name = name }),
        new KeySpec("instanceTypes", new ListSpec(TextSpec.Matching(CompiledPatterns.InstanceType()) with
        {
            What = "an instance type like m6i.large",
            Explain = type => $"'{type}' is not an instance or machine type; write it like m6i.large or e2-standard-4",
        }) { MinItems = 1 }, "EC2 instance types; exactly one GCE machine type on GKE.") { Required = true }
            .MissingSays("is missing; list the instance types, like [m6i.large] or [e2-standard-4]")
            .ReadsTextList<NodeGroupConfig>((group, types) => group with { InstanceTypes = types }, keepRejected: true),
        new KeySpec("minSize", new IntegerSpec(0, StackConfigParser.MaxNodeGroupSize) { What = "minSize" }, "The smallest number of nodes.") { Required = true }
            .MissingSays("is missing; set the smallest number of nodes")
            .ReadsInteger<NodeGroupConfig>((group, size) => group with { MinSize = size }),
        new KeySpec("maxSize", new IntegerSpec(1, StackConfigParser.MaxNodeGroupSize) { What = "maxSize" }, "The largest number of nodes.") { Required = true }
            .MissingSays("is missing; set the largest number of nodes")
            .ReadsInteger<NodeGroupConfig>((group, size, at) => group with { MaxSize = size, MaxSizeSource = at }),
        new KeySpec("desiredSize", new IntegerSpec(0, StackConfigParser.MaxNodeGroupSize) { What = "desiredSize" },
            "The number of nodes to start with, between minSize and maxSize. Default: minSize, at least 1.")
            .ReadsInteger<NodeGroupConfig>((group, size) => group with { DesiredSize = size }),
        new KeySpec("spot", BooleanSpec.Instance, "Spot (preemptible) capacity.") { Default = false }
            .ReadsBoolean<NodeGroupConfig>((group, spot) => group with { Spot = spot }),
        new KeySpec("diskSizeGb", new IntegerSpec(20, 16384) { What = "the disk size in GiB" }, "Root disk size in GiB.") { Default = NodeGroupConfig.DefaultDiskSizeGb }
            .ReadsInteger<NodeGroupConfig>((group, size) => group with { DiskSizeGb = size }),
        new KeySpec("labels", new MapSpec(LabelKey, LabelValue), "Node labels (map).")
            .Reads<NodeGroupConfig, ImmutableSortedDictionary<string, string>>(StackReaders.Labels, (group, labels) => group with { Labels = labels }),
        new KeySpec("taints", new ListSpec(Taint), "[{ key, value, effect: NoSchedule|PreferNoSchedule|NoExecute }].")
            .Reads<NodeGroupConfig, ImmutableArray<NodeTaint>>(StackReaders.Taints, (group, taints) => group with { Taints = taints }),
        new KeySpec(Headroom.HeadroomKeys.Key, Headroom.HeadroomKeys.Table, "Spare room kept free on this node group by low-priority pause pods pinned to it: { cpu, memory } or { pods, like: <app> }.")
            .Reads<NodeGroupConfig, Headroom.HeadroomSetting>(Headroom.HeadroomKeys.Read, (group, headroom) => group with { Headroom = headroom }));

    public static readonly KeyTable Cluster = new("cluster", "One cluster of the stack and its node groups.",
        new KeySpec("name", Name with
        {
            What = "the cluster name, like eks-use1",
            Explain = name => $"'{name}' is not a valid cluster name (lower-case letters, digits and '-', at most 63 characters); rename it to '{Suggestions.ToDnsLabel(name)}'",
        }, "DNS label, unique in the stack.") { Required = true }
            .MissingSays("is missing; set the cluster name, like eks-use1")
            .ReadsText<ClusterConfig>((cluster, name) => cluster with { Name = name }),
        new KeySpec("class", Name with
        {
            What = "a class of fleet:clusterClasses, like eks-standard",
            Explain = name => $"'{name}' is not a valid class name; use a DNS label like eks-standard",
        }, "A class of fleet:clusterClasses this cluster is made from: its settings, with the cluster's own keys over them (node groups merge by name).")
            .ReadsText<ClusterConfig>((cluster, name) => cluster with { Class = name }),
        new KeySpec("provider", TextSpec.OneOf([.. Providers]) with
        {
            What = "eks or gke",
            Explain = provider => $"'{provider}' is not a supported provider{Suggestions.DidYouMean(provider, Providers)}; use eks or gke",
        }, "eks or gke.") { Required = true, RequiredUnless = "class" }
            .MissingSays("is missing; set eks or gke")
            .ReadsText<ClusterConfig>((cluster, provider) => cluster with { Provider = provider == "gke" ? CloudProvider.Gke : CloudProvider.Eks }),
        new KeySpec("region", TextSpec.Matching(CompiledPatterns.Region()) with
        {
            What = "the cloud region, like us-east-1 or europe-west1",
            Explain = region => $"'{region}' is not a region name; use one like us-east-1 or europe-west1",
        }, "The cloud region, like us-east-1 or europe-west1.") { Required = true }
            .MissingSays("is missing; set the cloud region, like us-east-1 or europe-west1")
            .ReadsText<ClusterConfig>((cluster, region) => cluster with { Region = region }),
        new KeySpec("project", ProjectId with
        {
            What = "the GCP project id (gke clusters need one)",
            Explain = project => $"'{project}' is not a GCP project id; use 6-30 lower-case letters, digits and '-'",
        }, "gke only: the GCP project id (required for gke).")
            .ReadsText<ClusterConfig>((cluster, project) => cluster with { Project = project }),
        new KeySpec("kubernetesVersion", TextSpec.Matching(CompiledPatterns.KubernetesVersion()) with
        {
            What = "a quoted minor version like \"1.33\"",
            Explain = version => $"'{version}' is not a Kubernetes minor version; quote it like \"1.33\"",
        }, "Quoted minor version, \"1.33\" (unquoted 1.30 would be read as 1.3).") { Required = true, RequiredUnless = "class" }
            .MissingSays("is missing; set a quoted minor version like \"1.33\"")
            .Reads<ClusterConfig, string>(StackReaders.KubernetesVersion, (cluster, version) => cluster with { KubernetesVersion = version }),
        new KeySpec("nodeGroups", new ListSpec(NodeGroup) { MinItems = 1 }, "At least one node group.") { Required = true, RequiredUnless = "class" }
            .MissingSays("is missing; declare at least one node group, like [ { name: general, instanceTypes: [m6i.large], minSize: 2, maxSize: 6 } ]")
            .ReadsWith<ClusterConfig, ImmutableArray<NodeGroupConfig>>(StackReaders.NodeGroups, (cluster, groups) => cluster with { NodeGroups = groups }),
        new KeySpec("apps", new ListSpec(IntentKeys.AppName), "The subset of the stack's apps that run on this cluster. Default: all.")
            .Reads<ClusterConfig, ImmutableArray<(string Name, SourceLocation Source)>>(StackReaders.AppNames,
                (cluster, apps) => cluster with { Apps = [.. apps.Select(a => a.Name)], AppSources = [.. apps.Select(a => a.Source)] }),
        new KeySpec("labels", new MapSpec(LabelKey, LabelValue), "Labels placement and rollout waves select clusters by, over its class's (region, provider, class and tier are set for you).")
            .Reads<ClusterConfig, ImmutableSortedDictionary<string, string>>(StackReaders.ClusterLabels, (cluster, labels) => cluster with { Labels = cluster.Labels.SetItems(labels) }),
        new KeySpec("apiAccessCidrs", new ListSpec(Cidr with
        {
            What = "a CIDR like 203.0.113.0/24",
            Explain = cidr => $"'{cidr}' is not an IPv4 CIDR; write it like 203.0.113.0/24",
        }), "CIDRs allowed to reach the Kubernetes API (EKS public endpoint / GKE authorized networks). Unset is a warning: the endpoint is open.")
            .ReadsTextList<ClusterConfig>((cluster, cidrs) => cluster with { ApiAccessCidrs = cidrs }, keepRejected: true),
        new KeySpec("adminRoleArns", new ListSpec(Malformed(CompiledPatterns.RoleArn(), "arn:aws:iam::123456789012:role/platform-admin")),
            "eks only: IAM roles granted cluster admin through access entries.")
            .ReadsTextList<ClusterConfig>((cluster, arns) => cluster with { AdminRoleArns = arns }, keepRejected: true),
        new KeySpec("certificateArn", TextSpec.Matching(CompiledPatterns.CertificateArn()) with
        {
            What = "an ACM certificate ARN",
            Explain = arn => $"'{arn}' is not an ACM certificate ARN; use arn:aws:acm:REGION:ACCOUNT:certificate/ID",
        }, "eks only: ACM certificate for the HTTPS listener; when unset the ALB discovers certificates from the Ingress hosts.")
            .ReadsText<ClusterConfig>((cluster, arn) => cluster with { CertificateArn = arn }),
        new KeySpec("existingVpcId", TextSpec.Matching(CompiledPatterns.VpcId()) with
        {
            What = "a VPC id like vpc-0123abcd",
            Explain = id => $"'{id}' is not a VPC id; write it like vpc-0123abcd",
        }, "eks only: reuse this VPC (with at least two subnets of each kind) instead of creating one.")
            .ReadsText<ClusterConfig>((cluster, id) => cluster with { ExistingVpcId = id }),
        new KeySpec("existingPublicSubnetIds", new ListSpec(Malformed(CompiledPatterns.SubnetId(), "subnet-0123abcd")), "eks only: public subnets of existingVpcId (at least two).")
            .ReadsTextList<ClusterConfig>((cluster, ids) => cluster with { ExistingPublicSubnetIds = ids }, keepRejected: true),
        new KeySpec("existingPrivateSubnetIds", new ListSpec(Malformed(CompiledPatterns.SubnetId(), "subnet-0123abcd")), "eks only: private subnets of existingVpcId (at least two).")
            .ReadsTextList<ClusterConfig>((cluster, ids) => cluster with { ExistingPrivateSubnetIds = ids }, keepRejected: true),
        new KeySpec("vpcCidr", CidrLike(ClusterConfig.DefaultVpcCidr), "eks only: CIDR of the new VPC.") { Default = ClusterConfig.DefaultVpcCidr }
            .ReadsText<ClusterConfig>((cluster, cidr, at) => cluster with { VpcCidr = cidr, VpcCidrSource = at }),
        new KeySpec("subnetCidr", CidrLike(ClusterConfig.DefaultSubnetCidr), "gke only: the VPC-native primary range.") { Default = ClusterConfig.DefaultSubnetCidr }
            .ReadsText<ClusterConfig>((cluster, cidr) => cluster with { SubnetCidr = cidr }),
        new KeySpec("podsCidr", CidrLike(ClusterConfig.DefaultPodsCidr), "gke only: the VPC-native range of pods.") { Default = ClusterConfig.DefaultPodsCidr }
            .ReadsText<ClusterConfig>((cluster, cidr) => cluster with { PodsCidr = cidr }),
        new KeySpec("servicesCidr", CidrLike(ClusterConfig.DefaultServicesCidr), "gke only: the VPC-native range of services.") { Default = ClusterConfig.DefaultServicesCidr }
            .ReadsText<ClusterConfig>((cluster, cidr) => cluster with { ServicesCidr = cidr }),
        new KeySpec("privateNodes", BooleanSpec.Instance, "gke only: nodes without public IPs (with Cloud NAT).") { Default = true }
            .ReadsBoolean<ClusterConfig>((cluster, on) => cluster with { PrivateNodes = on }),
        new KeySpec("releaseChannel", TextSpec.OneOf([.. ReleaseChannels]) with
        {
            What = "RAPID, REGULAR, STABLE or EXTENDED",
            Explain = channel => $"'{channel}' is not a release channel; use RAPID, REGULAR, STABLE or EXTENDED",
        }, "gke only: RAPID, REGULAR, STABLE or EXTENDED.") { Default = ClusterConfig.DefaultReleaseChannel }
            .ReadsText<ClusterConfig>((cluster, channel) => cluster with { ReleaseChannel = channel }),
        new KeySpec("dns", Dns, "This cluster's DNS zone, instead of fleet:dns.")
            .ReadsWith<ClusterConfig, DnsZones>(StackReaders.ClusterDns, (cluster, dns) => cluster with { Dns = dns }),
        new KeySpec("addons", Addons, "This cluster's add-on switches, over fleet:addons.")
            .ReadsWith<ClusterConfig, AddonSwitches>((reader, node, path, cluster, out addons) => StackReaders.Addons(reader, node, path, cluster.Addons, out addons),
                (cluster, addons) => cluster with { Addons = addons }),
        new KeySpec("rbacSecurityGroup", TextSpec.Matching(CompiledPatterns.RbacSecurityGroup()) with
        {
            What = "gke-security-groups@YOUR-DOMAIN",
            Explain = group => $"'{group}' is not a Google Groups for RBAC security group; GKE requires the name gke-security-groups@ followed by your domain, like gke-security-groups@example.com",
        }, "gke only: the Google Groups for RBAC security group, gke-security-groups@YOUR-DOMAIN.")
            .ReadsText<ClusterConfig>((cluster, group) => cluster with { RbacSecurityGroup = group }))
    {
        Rules =
        [
            new KeyRule("provider", "eks", [.. GkeOnly], []),
            new KeyRule("provider", "gke", [.. EksOnly], ["project"]),
        ],
    };

    /// <summary>The <c>fleet:</c> keys of a stack's <c>config:</c>, written without the namespace.</summary>
    public static readonly KeyTable Fleet = new("config", "The stack's config: FleetInfra's keys under fleet:, other namespaces (aws:, gcp:) belong to their providers.",
        new KeySpec("environment", Name with { What = "an environment name like prod" }, "Environment label on every object (a DNS label). Default: the stack name.")
            .ReadsUncheckedText<StackConfig>((stack, environment) => stack with { Environment = environment }),
        new KeySpec("partOf", Name with
        {
            What = "a system name",
            Explain = name => $"'{name}' is not a valid label value; use '{Suggestions.ToDnsLabel(name)}'",
        }, "The app.kubernetes.io/part-of label.") { Default = StackConfig.DefaultPartOf }
            .ReadsText<StackConfig>((stack, partOf) => stack with { PartOf = partOf }),
        new KeySpec("imageRegistry", TextSpec.Matching(CompiledPatterns.Registry()) with
        {
            What = "a registry path like registry.example.com/acme",
            Explain = registry => $"'{registry}' is not a registry path; use lower-case host and path like registry.example.com/acme",
        }, "Registry path for build_mode: DOCKER apps, like registry.example.com/acme.") { Requires = ["imageTag"] }
            .ReadsText<StackConfig>((stack, registry) => stack with { ImageRegistry = registry.TrimEnd('/') }),
        new KeySpec("imageTag", TextSpec.Matching(CompiledPatterns.ImageTag()) with
        {
            Refused = ["latest"],
            What = "an image tag like \"2026.11.25\"",
            Explain = tag => tag == "latest"
                ? "'latest' is mutable; pin a version like \"2026.11.25\" or a commit SHA"
                : $"'{tag}' is not a valid image tag; use letters, digits, '.', '_' and '-'",
        }, "Tag of CI-built images; required with imageRegistry; not latest.")
            .ReadsText<StackConfig>((stack, tag) => stack with { ImageTag = tag }),
        new KeySpec("domain", TextSpec.Matching(CompiledPatterns.HostName()) with
        {
            What = "a base domain like dev.example.com",
            Explain = domain => $"'{domain}' is not a valid domain; use a lower-case DNS name like dev.example.com",
        }, "Base domain: a public app's first public port is served at <app>.<cluster>.<domain>; required when a public app has no custom_domains.")
            .ReadsText<StackConfig>((stack, domain) => stack with { Domain = domain }),
        new KeySpec("appsDir", TextSpec.Any with { What = "a folder relative to the stack file" }, "Intents folder, relative to the stack file.") { Default = "apps" }
            // The parser starts AppsDirectory at <stack file's folder>/apps, so ".." is the stack file's folder.
            .ReadsText<StackConfig>((stack, folder) => stack with { AppsDirectory = Path.GetFullPath(Path.Combine(stack.AppsDirectory, "..", folder)) }),
        new KeySpec("priceTable", TextSpec.Any with { What = "a price table file relative to the stack file" },
                "A price table written by fleet prices import, relative to the stack file: fleet cost and fleet report read it on top of the shipped prices (--prices overrides it).")
            .ReadsText<StackConfig>((stack, file) => stack with { PriceTable = file }),
        new KeySpec("apps", new ListSpec(IntentKeys.AppName), "The apps this stack deploys. Default: every app found.")
            .Reads<StackConfig, ImmutableArray<(string Name, SourceLocation Source)>>(StackReaders.AppNames, (stack, apps) => stack with { Apps = apps }),
        new KeySpec("appOverrides", new MapSpec(IntentKeys.AppName, IntentKeys.Overridable),
            "Per app: image, cpu, memory, min_running_instances, max_running_instances, environment_variables (merged) for this stack only.")
            .Reads<StackConfig, ImmutableArray<AppOverride>>(StackReaders.AppOverrides, (stack, overrides) => stack with { AppOverrides = overrides }),
        new KeySpec("protect", BooleanSpec.Instance, "Protect clusters, node groups and networks from deletion. Default: true when the environment is prod or production.")
            .ReadsBoolean<StackConfig>((stack, protect) => stack with { Protect = protect }),
        new KeySpec("dns", Dns, "The DNS zones of every cluster: { route53: {...}, cloudDns: {...} }.")
            .Reads<StackConfig, DnsZones>(StackReaders.Dns, (stack, dns) => stack with { Dns = dns }),
        new KeySpec("addons", Addons, "Add-on switches of every cluster; all on by default.")
            .Reads<StackConfig, AddonSwitches>((reader, node, path, out addons) => StackReaders.Addons(reader, node, path, AddonSwitches.AllOn, out addons),
                (stack, addons) => stack with { Addons = addons }),
        new KeySpec("schedule", IntentKeys.ScheduleSpec, "Working hours of every app of a non-production stack (an app's schedule, or always, overrides it).")
            .Reads<StackConfig, Scheduling.ScheduleSetting>(IntentReaders.Schedule, (stack, schedule) => stack with { Schedule = schedule }),
        new KeySpec("allowSchedules", BooleanSpec.Instance, "Let a production stack use schedules.") { Default = false }
            .ReadsBoolean<StackConfig>((stack, allow) => stack with { AllowSchedules = allow }),
        new KeySpec(Headroom.HeadroomKeys.Key, Headroom.HeadroomKeys.Table, "Spare room kept free on every cluster by low-priority pause pods: { cpu, memory } or { pods, like: <app> }.")
            .Reads<StackConfig, Headroom.HeadroomSetting>(Headroom.HeadroomKeys.Read, (stack, headroom) => stack with { Headroom = headroom }),
        new KeySpec("allowedDomains", new ListSpec(TextSpec.Matching(CompiledPatterns.HostName()) with
        {
            What = "a domain like example.com",
            Explain = domain => $"'{domain}' is not a domain; use a lower-case DNS name like example.com (it allows the domain and every name under it)",
        }), "Domains custom domains may use besides fleet:domain (policy FI006).")
            .ReadsTextList<StackConfig>((stack, domains) => stack with { AllowedDomains = domains }),
        new KeySpec("teams", new ListSpec(Team) { MinItems = 1 }, "The teams: [{ name, apps, members, budget, viewOtherApps }].")
            .Reads<StackConfig, ImmutableArray<TeamConfig>>(StackReaders.Teams, (stack, teams, at) => stack with { Teams = teams, TeamsSource = at }),
        new KeySpec("policies", new MapSpec(TextSpec.Matching(ValuePatterns.PolicyId), AnyOfSpec.Of(TextSpec.OneOf("error", "warning", "off"), BooleanSpec.Instance)),
            "Levels of the policies and of fleet diff's hazards for this stack, like { FI003: error, FI007: off, FI107: error }.")
            .Reads<StackConfig, ImmutableSortedDictionary<string, Policies.PolicyLevel>>(StackReaders.Policies, (stack, levels) => stack with { PolicyLevels = levels }),
        new KeySpec("placement", new MapSpec(IntentKeys.AppName, Placement.PlacementKeys.Placement),
            "Per app, the clusters it runs on in this stack: { my-app: { clusters: { matchLabels: { tier: edge } } } }; over the intent's placement.")
            .Reads<StackConfig, ImmutableSortedDictionary<string, Placement.ClusterSelector>>(Placement.PlacementReader.StackPlacement, (stack, placement) => stack with { Placement = placement }),
        new KeySpec("rollout", Rollout.RolloutKeys.Rollout,
            "Waves a change reaches the clusters in (and the stacks, for fleet deploy --waves): { waves: [ { clusters: { matchLabels: { canary: \"true\" } } }, { percent: 25 }, { percent: 100 } ], pauseSeconds: 300 }.")
            .Reads<StackConfig, Rollout.RolloutConfig>(Rollout.RolloutReader.Read, (stack, rollout) => stack with { Rollout = rollout }),
        new KeySpec("clusterClasses", new MapSpec(Name, Classes.ClusterClassKeys.ClusterClass) { MinEntries = 1 },
            "Named cluster templates: { eks-standard: { provider: eks, kubernetesVersion: \"1.33\", nodeGroups: [...] } }; a cluster names one with class.")
            .ReadsWith<StackConfig, ImmutableArray<Classes.ClusterClass>>(Classes.ClusterClassesParser.Read, (stack, classes) => stack with { ClusterClasses = classes }),
        // Required unless fleet:clustersFrom makes the stack apps-only (rule ClustersOrClustersFrom).
        new KeySpec("clusters", new ListSpec(Cluster) { MinItems = 1 }, "The clusters. Required unless fleet:clustersFrom is set.")
            .ReadsWith<StackConfig, ImmutableArray<ClusterConfig>>(StackReaders.Clusters, (stack, clusters) => stack with { Clusters = clusters }),
        Review.ReviewKeys.ClustersFrom,
        Review.ReviewKeys.ExpiresAt,
        Review.ReviewKeys.IdleAfter,
        Review.ReviewKeys.LastChangeAt,
        Review.ReviewKeys.Suspended,
        Review.ReviewKeys.ReviewQuota,
        Review.ReviewKeys.AllowReviewOnProduction)
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

    /// <summary>A CIDR of a cluster's network; an invalid one is shown with the default as the example.</summary>
    private static TextSpec CidrLike(string example) =>
        Cidr with { What = "a CIDR like 10.0.0.0/16", Explain = cidr => $"'{cidr}' is not an IPv4 CIDR; write it like {example}" };

    /// <summary>An id or ARN of a list, shown with <paramref name="example"/> when malformed.</summary>
    private static TextSpec Malformed(System.Text.RegularExpressions.Regex pattern, string example) =>
        TextSpec.Matching(pattern) with { What = example, Explain = value => $"'{value}' is malformed; write it like {example}" };
}
