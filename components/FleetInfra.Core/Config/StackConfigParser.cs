using System.Collections.Immutable;
using System.Text.RegularExpressions;
using FleetInfra.Core.Diagnostics;
using FleetInfra.Core.Naming;
using FleetInfra.Core.Schema;
using FleetInfra.Core.Scheduling;
using FleetInfra.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace FleetInfra.Core.Config;

/// <summary>Reads the <c>fleet:</c> keys of a Pulumi stack file (<c>stacks/Pulumi.&lt;stack&gt;.yaml</c>).</summary>
public static partial class StackConfigParser
{
    public const int MaxNodeGroupSize = 1000;

    /// <summary>The stack name of a file named <c>Pulumi.&lt;stack&gt;.yaml</c>, else the file name without extension.</summary>
    public static string StackNameOf(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        return name.StartsWith("Pulumi.", StringComparison.Ordinal) ? name["Pulumi.".Length..] : name;
    }

    public static StackConfig? Parse(YamlFile file, string stackName, string stackDirectory, DiagnosticBag diagnostics)
    {
        var reader = new YamlReader(file.DisplayPath, diagnostics);
        if (file.Documents.Count == 0)
        {
            diagnostics.Error(SourceLocation.StartOf(file.DisplayPath), string.Empty,
                "the stack file is empty; add a 'config:' mapping with fleet:clusters");
            return null;
        }

        if (file.Documents.Count > 1)
        {
            reader.Error(file.Documents[1], string.Empty,
                "a stack file holds exactly one YAML document with a 'config:' mapping; remove this extra document and the '---' before it");
            return null;
        }

        if (reader.Mapping(file.Documents[0], string.Empty, "config: { fleet:clusters: [...] }") is not { } root)
        {
            return null;
        }

        var top = reader.Fields(root, string.Empty, StackKeys.StackFile);
        if (top["config"] is not { } configNode)
        {
            reader.Error(root, "config", "is missing; put the fleet: keys under 'config:'");
            return null;
        }

        if (reader.Mapping(configNode, "config", "{ fleet:clusters: [...] }") is not { } config)
        {
            return null;
        }

        var fleet = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in config.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (!key.StartsWith(StackKeys.Namespace + ":", StringComparison.Ordinal))
            {
                // Other namespaces (aws:, gcp:, kubernetes:, ...) belong to their providers.
                continue;
            }

            var name = key[(StackKeys.Namespace.Length + 1)..];
            if (!StackKeys.Fleet.Contains(name))
            {
                var hint = Suggestions.Closest(name, StackKeys.Fleet) is { } match ? $" (did you mean '{StackKeys.Namespace}:{match}'?)" : string.Empty;
                reader.Error(keyNode, key,
                    $"unknown key{hint}; allowed keys: {string.Join(", ", StackKeys.Fleet.Order(StringComparer.Ordinal).Select(k => $"{StackKeys.Namespace}:{k}"))}");
                continue;
            }

            fleet[name] = value;
        }

        YamlNode? Get(string name) => fleet.TryGetValue(name, out var node) && !YamlReader.IsNull(node) ? node : null;
        string PathOf(string name) => $"{StackKeys.Namespace}:{name}";

        var environment = stackName;
        if (Get("environment") is { } environmentNode && reader.String(environmentNode, PathOf("environment"), "an environment name like prod") is { } environmentText)
        {
            environment = environmentText;
        }

        if (!KubernetesNames.IsDnsLabel(environment))
        {
            var node = Get("environment") ?? (YamlNode)root;
            reader.Error(node, PathOf("environment"),
                $"'{environment}' is not a valid environment name (it becomes a label value); set fleet:environment to '{Suggestions.ToDnsLabel(environment)}'");
        }

        var partOf = StackConfig.DefaultPartOf;
        if (Get("partOf") is { } partOfNode && reader.String(partOfNode, PathOf("partOf"), "a system name") is { } partOfText)
        {
            if (KubernetesNames.IsDnsLabel(partOfText))
            {
                partOf = partOfText;
            }
            else
            {
                reader.Error(partOfNode, PathOf("partOf"), $"'{partOfText}' is not a valid label value; use '{Suggestions.ToDnsLabel(partOfText)}'");
            }
        }

        string? imageRegistry = null;
        if (Get("imageRegistry") is { } registryNode && reader.String(registryNode, PathOf("imageRegistry"), "a registry path like registry.example.com/acme") is { } registry)
        {
            if (RegistryPattern().IsMatch(registry))
            {
                imageRegistry = registry.TrimEnd('/');
            }
            else
            {
                reader.Error(registryNode, PathOf("imageRegistry"), $"'{registry}' is not a registry path; use lower-case host and path like registry.example.com/acme");
            }
        }

        string? imageTag = null;
        if (Get("imageTag") is { } tagNode && reader.String(tagNode, PathOf("imageTag"), "an image tag like \"2026.11.25\"") is { } tag)
        {
            if (tag == "latest")
            {
                reader.Error(tagNode, PathOf("imageTag"), "'latest' is mutable; pin a version like \"2026.11.25\" or a commit SHA");
            }
            else if (!TagPattern().IsMatch(tag))
            {
                reader.Error(tagNode, PathOf("imageTag"), $"'{tag}' is not a valid image tag; use letters, digits, '.', '_' and '-'");
            }
            else
            {
                imageTag = tag;
            }
        }

        if (imageRegistry is not null && imageTag is null && Get("imageTag") is null)
        {
            reader.Error(Get("imageRegistry")!, PathOf("imageTag"), "is required with fleet:imageRegistry (built images are pinned); set it to the CI build's tag");
        }

        string? domain = null;
        if (Get("domain") is { } domainNode && reader.String(domainNode, PathOf("domain"), "a base domain like dev.example.com") is { } domainText)
        {
            if (KubernetesNames.IsHostName(domainText))
            {
                domain = domainText;
            }
            else
            {
                reader.Error(domainNode, PathOf("domain"), $"'{domainText}' is not a valid domain; use a lower-case DNS name like dev.example.com");
            }
        }

        var allowedDomains = ImmutableArray.CreateBuilder<string>();
        if (Get("allowedDomains") is { } allowedNode)
        {
            foreach (var (value, itemNode) in reader.StringList(allowedNode, PathOf("allowedDomains"), "a domain like example.com"))
            {
                if (!KubernetesNames.IsHostName(value) || !value.Contains('.', StringComparison.Ordinal))
                {
                    reader.Error(itemNode, PathOf("allowedDomains"), $"'{value}' is not a domain; use a lower-case DNS name like example.com (it allows the domain and every name under it)");
                }
                else
                {
                    allowedDomains.Add(value);
                }
            }
        }

        var appsDirectory = Path.Combine(stackDirectory, "apps");
        if (Get("appsDir") is { } appsDirNode && reader.String(appsDirNode, PathOf("appsDir"), "a folder relative to the stack file") is { } appsDir)
        {
            appsDirectory = Path.GetFullPath(Path.Combine(stackDirectory, appsDir));
        }

        ImmutableArray<(string, SourceLocation)>? apps = null;
        if (Get("apps") is { } appsNode)
        {
            apps = [.. reader.StringList(appsNode, PathOf("apps"), "an app name").Select(a => (a.Value, reader.At(a.Node)))];
        }

        var overrides = ImmutableArray.CreateBuilder<AppOverride>();
        if (Get("appOverrides") is { } overridesNode && reader.Mapping(overridesNode, PathOf("appOverrides"), "{ my-app: { min_running_instances: 3 } }") is { } overridesMap)
        {
            foreach (var (keyNode, value) in overridesMap.Children)
            {
                var app = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
                if (reader.Mapping(value, $"{PathOf("appOverrides")}.{app}", "{ min_running_instances: 3, cpu: 1000m }") is { } overrideMap)
                {
                    overrides.Add(new AppOverride(app, reader.At(keyNode), overrideMap, file.DisplayPath));
                }
            }
        }

        var protect = StackConfig.IsProductionEnvironment(environment);
        if (Get("protect") is { } protectNode && reader.Boolean(protectNode, PathOf("protect")) is { } protectValue)
        {
            protect = protectValue;
        }

        var schedule = Get("schedule") is { } scheduleNode ? WorkingHoursParser.Read(reader, scheduleNode, PathOf("schedule")) : null;
        var allowSchedules = Get("allowSchedules") is { } allowNode && reader.Boolean(allowNode, PathOf("allowSchedules")) == true;
        var dns = Get("dns") is { } dnsNode ? DnsZonesParser.Read(reader, dnsNode, PathOf("dns")) ?? DnsZones.None : DnsZones.None;
        var addons = Get("addons") is { } addonsNode ? AddonSwitchesParser.Read(reader, addonsNode, PathOf("addons"), AddonSwitches.AllOn) : AddonSwitches.AllOn;

        var teams = Get("teams") is { } teamsNode ? TeamsParser.Read(reader, teamsNode, PathOf("teams")) : [];
        var policyLevels = Get("policies") is { } policiesNode
            ? PolicyLevelsParser.Read(reader, policiesNode, PathOf("policies"))
            : ImmutableSortedDictionary<string, Policies.PolicyLevel>.Empty.WithComparers(StringComparer.Ordinal);

        var clusters = ImmutableArray<ClusterConfig>.Empty;
        if (Get("clusters") is not { } clustersNode)
        {
            reader.Error(root, PathOf("clusters"), "is missing; list the stack's clusters under fleet:clusters");
        }
        else
        {
            clusters = ReadClusters(reader, clustersNode, PathOf("clusters"), dns, addons);
        }

        return new StackConfig
        {
            StackName = stackName,
            SourceFile = file.DisplayPath,
            Environment = environment,
            PartOf = partOf,
            ImageRegistry = imageRegistry,
            ImageTag = imageTag,
            Domain = domain,
            AllowedDomains = allowedDomains.ToImmutable(),
            Teams = teams,
            TeamsSource = Get("teams") is { } teamsKey ? reader.At(teamsKey) : null,
            PolicyLevels = policyLevels,
            AppsDirectory = appsDirectory,
            Apps = apps,
            AppOverrides = overrides.ToImmutable(),
            Clusters = clusters,
            Dns = dns,
            Addons = addons,
            Protect = protect,
            Schedule = schedule,
            AllowSchedules = allowSchedules,
        };
    }

    private static ImmutableArray<ClusterConfig> ReadClusters(YamlReader reader, YamlNode node, string path, DnsZones stackDns, AddonSwitches stackAddons)
    {
        if (reader.Sequence(node, path, "[ { name: eks-use1, provider: eks, region: us-east-1, ... } ]") is not { } sequence)
        {
            return [];
        }

        if (sequence.Children.Count == 0)
        {
            reader.Error(sequence, path, "is empty; declare at least one cluster");
        }

        var clusters = new List<ClusterConfig>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            if (ReadCluster(reader, sequence.Children[i], $"{path}[{i}]", stackDns, stackAddons) is not { } cluster)
            {
                continue;
            }

            if (clusters.Find(c => c.Name == cluster.Name) is { } existing)
            {
                reader.Diagnostics.Error(cluster.Source, $"{path}[{i}].name",
                    $"cluster '{cluster.Name}' is declared twice (first at line {existing.Source.Line}); give each cluster its own name");
                continue;
            }

            clusters.Add(cluster);
        }

        return [.. clusters];
    }

    private static ClusterConfig? ReadCluster(YamlReader reader, YamlNode node, string path, DnsZones stackDns, AddonSwitches stackAddons)
    {
        if (reader.Mapping(node, path, "{ name: eks-use1, provider: eks, region: us-east-1, kubernetesVersion: \"1.33\", nodeGroups: [...] }") is not { } map)
        {
            return null;
        }

        var fields = reader.Fields(map, path, StackKeys.Cluster);
        var errorsBefore = reader.Diagnostics.ErrorCount;

        string? Required(string key, string what)
        {
            if (fields[key] is { } valueNode)
            {
                return reader.String(valueNode, $"{path}.{key}", what);
            }

            reader.Error(map, $"{path}.{key}", $"is missing; set {what}");
            return null;
        }

        var name = Required("name", "the cluster name, like eks-use1");
        if (name is not null && !KubernetesNames.IsDnsLabel(name))
        {
            reader.Error(fields["name"]!, $"{path}.name",
                $"'{name}' is not a valid cluster name (lower-case letters, digits and '-', at most 63 characters); rename it to '{Suggestions.ToDnsLabel(name)}'");
        }

        CloudProvider? provider = null;
        var providerText = Required("provider", "eks or gke");
        switch (providerText)
        {
            case null:
                break;
            case "eks":
                provider = CloudProvider.Eks;
                break;
            case "gke":
                provider = CloudProvider.Gke;
                break;
            default:
                reader.Error(fields["provider"]!, $"{path}.provider", $"'{providerText}' is not a supported provider{Suggestions.DidYouMean(providerText, StackKeys.Providers)}; use eks or gke");
                break;
        }

        var region = Required("region", "the cloud region, like us-east-1 or europe-west1");
        if (region is not null && !RegionPattern().IsMatch(region))
        {
            reader.Error(fields["region"]!, $"{path}.region", $"'{region}' is not a region name; use one like us-east-1 or europe-west1");
        }

        var version = Required("kubernetesVersion", "a quoted minor version like \"1.33\"");
        if (version is not null && fields["kubernetesVersion"] is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } && double.TryParse(version, System.Globalization.CultureInfo.InvariantCulture, out var asNumber))
        {
            reader.Error(fields["kubernetesVersion"]!, $"{path}.kubernetesVersion",
                $"is read as the number {asNumber.ToString(System.Globalization.CultureInfo.InvariantCulture)} by YAML tools (Pulumi too); quote it like \"{version}\"");
        }
        else if (version is not null && !VersionPattern().IsMatch(version))
        {
            reader.Error(fields["kubernetesVersion"]!, $"{path}.kubernetesVersion", $"'{version}' is not a Kubernetes minor version; quote it like \"1.33\"");
        }

        string? project = null;
        if (provider == CloudProvider.Gke)
        {
            project = Required("project", "the GCP project id (gke clusters need one)");
            if (project is not null && !ProjectPattern().IsMatch(project))
            {
                reader.Error(fields["project"]!, $"{path}.project", $"'{project}' is not a GCP project id; use 6-30 lower-case letters, digits and '-'");
            }
        }

        if (provider is { } known)
        {
            var foreign = known == CloudProvider.Eks ? StackKeys.GkeOnly : StackKeys.EksOnly;
            foreach (var key in foreign.Where(fields.Contains))
            {
                reader.Error(fields[key]!, $"{path}.{key}", $"applies to {(known == CloudProvider.Eks ? "gke" : "eks")} clusters only; remove it from this {providerText} cluster");
            }
        }

        var nodeGroups = ImmutableArray<NodeGroupConfig>.Empty;
        if (fields["nodeGroups"] is { } nodeGroupsNode)
        {
            nodeGroups = ReadNodeGroups(reader, nodeGroupsNode, $"{path}.nodeGroups", provider);
        }
        else
        {
            reader.Error(map, $"{path}.nodeGroups", "is missing; declare at least one node group, like [ { name: general, instanceTypes: [m6i.large], minSize: 2, maxSize: 6 } ]");
        }

        ImmutableArray<string>? apps = null;
        ImmutableArray<SourceLocation> appSources = [];
        if (fields["apps"] is { } appsNode)
        {
            var listed = reader.StringList(appsNode, $"{path}.apps", "an app name");
            apps = [.. listed.Select(a => a.Value)];
            appSources = [.. listed.Select(a => reader.At(a.Node))];
        }

        ImmutableArray<string> Cidrs(string key)
        {
            if (fields[key] is not { } listNode)
            {
                return [];
            }

            var values = reader.StringList(listNode, $"{path}.{key}", "a CIDR like 203.0.113.0/24");
            foreach (var (value, itemNode) in values.Where(v => !IsCidr(v.Value)))
            {
                reader.Error(itemNode, $"{path}.{key}", $"'{value}' is not an IPv4 CIDR; write it like 203.0.113.0/24");
            }

            return [.. values.Select(v => v.Value)];
        }

        string Cidr(string key, string fallback)
        {
            if (fields[key] is not { } cidrNode || reader.String(cidrNode, $"{path}.{key}", "a CIDR like 10.0.0.0/16") is not { } value)
            {
                return fallback;
            }

            if (!IsCidr(value))
            {
                reader.Error(cidrNode, $"{path}.{key}", $"'{value}' is not an IPv4 CIDR; write it like {fallback}");
            }

            return value;
        }

        ImmutableArray<string> Matching(string key, Regex pattern, string example)
        {
            if (fields[key] is not { } listNode)
            {
                return [];
            }

            var values = reader.StringList(listNode, $"{path}.{key}", example);
            foreach (var (value, itemNode) in values.Where(v => !pattern.IsMatch(v.Value)))
            {
                reader.Error(itemNode, $"{path}.{key}", $"'{value}' is malformed; write it like {example}");
            }

            return [.. values.Select(v => v.Value)];
        }

        var apiAccessCidrs = Cidrs("apiAccessCidrs");
        if (fields["apiAccessCidrs"] is null)
        {
            reader.Warning(map, $"{path}.apiAccessCidrs", "is not set, so the Kubernetes API endpoint accepts any address; list the CIDRs of your operators and CI runners");
        }

        string? certificateArn = null;
        if (fields["certificateArn"] is { } certificateNode && reader.String(certificateNode, $"{path}.certificateArn", "an ACM certificate ARN") is { } certificate)
        {
            if (CertificateArnPattern().IsMatch(certificate))
            {
                certificateArn = certificate;
            }
            else
            {
                reader.Error(certificateNode, $"{path}.certificateArn", $"'{certificate}' is not an ACM certificate ARN; use arn:aws:acm:REGION:ACCOUNT:certificate/ID");
            }
        }

        string? existingVpcId = null;
        if (fields["existingVpcId"] is { } vpcNode && reader.String(vpcNode, $"{path}.existingVpcId", "a VPC id like vpc-0123abcd") is { } vpcId)
        {
            existingVpcId = vpcId;
            if (!VpcIdPattern().IsMatch(vpcId))
            {
                reader.Error(vpcNode, $"{path}.existingVpcId", $"'{vpcId}' is not a VPC id; write it like vpc-0123abcd");
            }
        }

        var publicSubnets = Matching("existingPublicSubnetIds", SubnetIdPattern(), "subnet-0123abcd");
        var privateSubnets = Matching("existingPrivateSubnetIds", SubnetIdPattern(), "subnet-0123abcd");
        if (existingVpcId is not null && (publicSubnets.Length < 2 || privateSubnets.Length < 2))
        {
            reader.Error(fields["existingVpcId"]!, $"{path}.existingVpcId",
                "needs existingPublicSubnetIds and existingPrivateSubnetIds with at least two subnets each (two availability zones)");
        }
        else if (existingVpcId is null && (publicSubnets.Length > 0 || privateSubnets.Length > 0))
        {
            reader.Error(map, $"{path}.existingVpcId", "is missing; subnet ids are used only with an existing VPC");
        }

        var privateNodes = true;
        if (fields["privateNodes"] is { } privateNode && reader.Boolean(privateNode, $"{path}.privateNodes") is { } privateValue)
        {
            privateNodes = privateValue;
        }

        var releaseChannel = ClusterConfig.DefaultReleaseChannel;
        if (fields["releaseChannel"] is { } channelNode && reader.String(channelNode, $"{path}.releaseChannel", "RAPID, REGULAR, STABLE or EXTENDED") is { } channel)
        {
            if (StackKeys.ReleaseChannels.Contains(channel))
            {
                releaseChannel = channel;
            }
            else
            {
                reader.Error(channelNode, $"{path}.releaseChannel", $"'{channel}' is not a release channel; use RAPID, REGULAR, STABLE or EXTENDED");
            }
        }

        string? rbacSecurityGroup = null;
        if (fields["rbacSecurityGroup"] is { } groupNode && reader.String(groupNode, $"{path}.rbacSecurityGroup", "gke-security-groups@YOUR-DOMAIN") is { } group)
        {
            if (group.StartsWith("gke-security-groups@", StringComparison.Ordinal) && KubernetesNames.IsHostName(group["gke-security-groups@".Length..]))
            {
                rbacSecurityGroup = group;
            }
            else
            {
                reader.Error(groupNode, $"{path}.rbacSecurityGroup", $"'{group}' is not a Google Groups for RBAC security group; GKE requires the name gke-security-groups@ followed by your domain, like gke-security-groups@example.com");
            }
        }

        var dns = stackDns;
        if (fields["dns"] is { } dnsNode && DnsZonesParser.Read(reader, dnsNode, $"{path}.dns") is { } clusterDns)
        {
            var foreignZone = provider == CloudProvider.Eks ? clusterDns.CloudDns?.Source : provider == CloudProvider.Gke ? clusterDns.Route53?.Source : null;
            if (foreignZone is not null)
            {
                reader.Diagnostics.Error(foreignZone, $"{path}.dns.{(provider == CloudProvider.Eks ? "cloudDns" : "route53")}",
                    $"{providerText} clusters write their records to {(provider == CloudProvider.Eks ? "Route 53" : "Cloud DNS")}; use dns.{(provider == CloudProvider.Eks ? "route53" : "cloudDns")} here");
            }

            dns = clusterDns;
        }

        var addons = fields["addons"] is { } addonsNode ? AddonSwitchesParser.Read(reader, addonsNode, $"{path}.addons", stackAddons) : stackAddons;

        var errorsAfter = reader.Diagnostics.ErrorCount;
        if (name is null || provider is null || region is null || version is null || errorsAfter > errorsBefore)
        {
            return null;
        }

        return new ClusterConfig
        {
            Name = name,
            Provider = provider.Value,
            Region = region,
            Project = project,
            KubernetesVersion = version,
            NodeGroups = nodeGroups,
            Apps = apps,
            AppSources = appSources,
            ApiAccessCidrs = apiAccessCidrs,
            AdminRoleArns = Matching("adminRoleArns", RoleArnPattern(), "arn:aws:iam::123456789012:role/platform-admin"),
            CertificateArn = certificateArn,
            ExistingVpcId = existingVpcId,
            ExistingPublicSubnetIds = publicSubnets,
            ExistingPrivateSubnetIds = privateSubnets,
            VpcCidr = Cidr("vpcCidr", ClusterConfig.DefaultVpcCidr),
            SubnetCidr = Cidr("subnetCidr", ClusterConfig.DefaultSubnetCidr),
            PodsCidr = Cidr("podsCidr", ClusterConfig.DefaultPodsCidr),
            ServicesCidr = Cidr("servicesCidr", ClusterConfig.DefaultServicesCidr),
            PrivateNodes = privateNodes,
            ReleaseChannel = releaseChannel,
            RbacSecurityGroup = rbacSecurityGroup,
            Dns = dns,
            Addons = addons,
            Source = reader.At(map),
            FieldSources = SourcesOf(reader, fields, StackKeys.Cluster),
        };
    }

    /// <summary>Where each key of a mapping that is written has its value, for messages about that field (like <c>fleet diff</c>'s hazards).</summary>
    private static ImmutableSortedDictionary<string, SourceLocation> SourcesOf(YamlReader reader, YamlFields fields, IEnumerable<string> keys) =>
        keys.Where(fields.Contains).ToImmutableSortedDictionary(key => key, key => reader.At(fields[key]!), StringComparer.Ordinal);

    private static ImmutableArray<NodeGroupConfig> ReadNodeGroups(YamlReader reader, YamlNode node, string path, CloudProvider? provider)
    {
        if (reader.Sequence(node, path, "[ { name: general, instanceTypes: [m6i.large], minSize: 2, maxSize: 6 } ]") is not { } sequence)
        {
            return [];
        }

        if (sequence.Children.Count == 0)
        {
            reader.Error(sequence, path, "is empty; declare at least one node group, like { name: general, instanceTypes: [m6i.large], minSize: 2, maxSize: 6 }");
            return [];
        }

        var groups = new List<NodeGroupConfig>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            if (reader.Mapping(sequence.Children[i], itemPath, "{ name: general, instanceTypes: [m6i.large], minSize: 2, maxSize: 6 }") is not { } map)
            {
                continue;
            }

            var fields = reader.Fields(map, itemPath, StackKeys.NodeGroup);
            var name = fields["name"] is { } nameNode ? reader.String(nameNode, $"{itemPath}.name", "a node group name like general") : null;
            if (fields["name"] is null)
            {
                reader.Error(map, $"{itemPath}.name", "is missing; name the node group, like general");
            }
            else if (name is not null && !KubernetesNames.IsDnsLabel(name))
            {
                reader.Error(fields["name"]!, $"{itemPath}.name", $"'{name}' is not a valid node group name; rename it to '{Suggestions.ToDnsLabel(name)}'");
                name = null;
            }
            else if (name is not null && groups.Exists(g => g.Name == name))
            {
                reader.Error(fields["name"]!, $"{itemPath}.name", $"node group '{name}' is declared twice in this cluster; give each its own name");
                name = null;
            }

            var instanceTypes = ImmutableArray<string>.Empty;
            if (fields["instanceTypes"] is { } typesNode)
            {
                var types = reader.StringList(typesNode, $"{itemPath}.instanceTypes", "an instance type like m6i.large");
                instanceTypes = [.. types.Select(t => t.Value)];
                foreach (var (value, typeNode) in types.Where(t => !InstanceTypePattern().IsMatch(t.Value)))
                {
                    reader.Error(typeNode, $"{itemPath}.instanceTypes", $"'{value}' is not an instance or machine type; write it like m6i.large or e2-standard-4");
                }

                if (types.Count == 0)
                {
                    reader.Error(typesNode, $"{itemPath}.instanceTypes", "is empty; list at least one instance type");
                }
                else if (provider == CloudProvider.Gke && types.Count > 1)
                {
                    reader.Error(typesNode, $"{itemPath}.instanceTypes", "a GKE node pool has one machine type; keep one and add another node group for the rest");
                }
            }
            else
            {
                reader.Error(map, $"{itemPath}.instanceTypes", "is missing; list the instance types, like [m6i.large] or [e2-standard-4]");
            }

            int? Size(string key)
            {
                return fields[key] is { } sizeNode ? reader.Integer(sizeNode, $"{itemPath}.{key}", StackKeys.NodeGroup.Range(key), key) : null;
            }

            var minSize = Size("minSize");
            var maxSize = Size("maxSize");
            var desiredSize = Size("desiredSize");
            if (fields["minSize"] is null)
            {
                reader.Error(map, $"{itemPath}.minSize", "is missing; set the smallest number of nodes");
            }

            if (fields["maxSize"] is null)
            {
                reader.Error(map, $"{itemPath}.maxSize", "is missing; set the largest number of nodes");
            }

            if (minSize is not null && maxSize is not null && minSize > maxSize)
            {
                reader.Error(fields["maxSize"]!, $"{itemPath}.maxSize", $"maxSize ({maxSize}) is below minSize ({minSize}); raise maxSize or lower minSize");
            }

            if (desiredSize is not null && minSize is not null && maxSize is not null && (desiredSize < minSize || desiredSize > maxSize))
            {
                reader.Error(fields["desiredSize"]!, $"{itemPath}.desiredSize", $"desiredSize ({desiredSize}) must lie between minSize ({minSize}) and maxSize ({maxSize})");
            }

            var spot = false;
            if (fields["spot"] is { } spotNode && reader.Boolean(spotNode, $"{itemPath}.spot") is { } spotValue)
            {
                spot = spotValue;
            }

            var disk = NodeGroupConfig.DefaultDiskSizeGb;
            if (fields["diskSizeGb"] is { } diskNode && reader.Integer(diskNode, $"{itemPath}.diskSizeGb", StackKeys.NodeGroup.Range("diskSizeGb"), "the disk size in GiB") is { } diskValue)
            {
                disk = diskValue;
            }

            var labels = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            if (fields["labels"] is { } labelsNode)
            {
                foreach (var (key, value, keyNode, valueNode) in reader.StringMap(labelsNode, $"{itemPath}.labels", "{ workload: general }"))
                {
                    if (!IsLabelKey(key))
                    {
                        reader.Error(keyNode, $"{itemPath}.labels.{key}", $"'{key}' is not a valid label key; use an optional DNS prefix and '/', then letters, digits, '-', '_' or '.'");
                    }
                    else if (!LabelValuePattern().IsMatch(value))
                    {
                        reader.Error(valueNode, $"{itemPath}.labels.{key}", $"'{value}' is not a valid label value; use at most 63 letters, digits, '-', '_' or '.'");
                    }
                    else
                    {
                        labels[key] = value;
                    }
                }
            }

            var taints = ReadTaints(reader, fields["taints"], $"{itemPath}.taints");
            if (name is null || minSize is null || maxSize is null || instanceTypes.IsEmpty)
            {
                continue;
            }

            groups.Add(new NodeGroupConfig
            {
                Name = name,
                InstanceTypes = instanceTypes,
                MinSize = minSize.Value,
                MaxSize = maxSize.Value,
                DesiredSize = desiredSize ?? Math.Max(minSize.Value, 1),
                MaxSizeSource = reader.At(fields["maxSize"]!),
                Source = reader.At(map),
                FieldSources = SourcesOf(reader, fields, StackKeys.NodeGroup),
                Spot = spot,
                DiskSizeGb = disk,
                Labels = labels.ToImmutable(),
                Taints = taints,
            });
        }

        return [.. groups];
    }

    private static ImmutableArray<NodeTaint> ReadTaints(YamlReader reader, YamlNode? node, string path)
    {
        if (node is null || reader.Sequence(node, path, "[ { key: dedicated, value: batch, effect: NoSchedule } ]") is not { } sequence)
        {
            return [];
        }

        var taints = new List<NodeTaint>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            if (reader.Mapping(sequence.Children[i], itemPath, "{ key: dedicated, value: batch, effect: NoSchedule }") is not { } map)
            {
                continue;
            }

            var fields = reader.Fields(map, itemPath, StackKeys.Taint);
            var key = fields["key"] is { } keyNode ? reader.String(keyNode, $"{itemPath}.key", "a taint key") : null;
            var value = fields["value"] is { } valueNode ? reader.String(valueNode, $"{itemPath}.value", "a taint value") : string.Empty;
            var effectText = fields["effect"] is { } effectNode ? reader.String(effectNode, $"{itemPath}.effect", "NoSchedule, PreferNoSchedule or NoExecute") : null;
            if (fields["key"] is null)
            {
                reader.Error(map, $"{itemPath}.key", "is missing; set the taint key");
            }
            else if (key is not null && !IsLabelKey(key))
            {
                reader.Error(fields["key"]!, $"{itemPath}.key", $"'{key}' is not a valid taint key");
                key = null;
            }

            if (value is not null && !LabelValuePattern().IsMatch(value))
            {
                reader.Error(fields["value"]!, $"{itemPath}.value", $"'{value}' is not a valid taint value; use at most 63 letters, digits, '-', '_' or '.'");
                value = null;
            }

            TaintEffect? effect = null;
            if (fields["effect"] is null)
            {
                reader.Error(map, $"{itemPath}.effect", "is missing; set NoSchedule, PreferNoSchedule or NoExecute");
            }
            else if (effectText is not null)
            {
                if (Enum.TryParse<TaintEffect>(effectText, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed))
                {
                    effect = parsed;
                }
                else
                {
                    reader.Error(fields["effect"]!, $"{itemPath}.effect", $"'{effectText}' is not a taint effect{Suggestions.DidYouMean(effectText, Enum.GetNames<TaintEffect>())}; use NoSchedule, PreferNoSchedule or NoExecute");
                }
            }

            if (key is not null && value is not null && effect is not null)
            {
                taints.Add(new NodeTaint(key, value, effect.Value));
            }
        }

        return [.. taints];
    }

    /// <summary>An IAM role ARN, as <c>adminRoleArns</c> and team members take them.</summary>
    internal static bool IsRoleArn(string value) => RoleArnPattern().IsMatch(value);

    /// <summary>A GCP project id: 6-30 lower-case letters, digits and '-', starting with a letter.</summary>
    internal static bool IsProjectId(string value) => ProjectPattern().IsMatch(value);

    private static bool IsCidr(string value) => Ipv4Cidr.TryParse(value, out _);

    private static bool IsLabelKey(string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        var prefix = slash >= 0 ? key[..slash] : null;
        var name = slash >= 0 ? key[(slash + 1)..] : key;
        return (prefix is null || KubernetesNames.IsDnsSubdomain(prefix)) && name.Length is > 0 and <= 63 && LabelValuePattern().IsMatch(name);
    }

    [GeneratedRegex(ValuePatterns.Region, RegexOptions.CultureInvariant)]
    private static partial Regex RegionPattern();

    [GeneratedRegex(ValuePatterns.KubernetesVersion, RegexOptions.CultureInvariant)]
    private static partial Regex VersionPattern();

    [GeneratedRegex(ValuePatterns.ProjectId, RegexOptions.CultureInvariant)]
    private static partial Regex ProjectPattern();

    [GeneratedRegex(ValuePatterns.Registry, RegexOptions.CultureInvariant)]
    private static partial Regex RegistryPattern();

    [GeneratedRegex(ValuePatterns.ImageTag, RegexOptions.CultureInvariant)]
    private static partial Regex TagPattern();

    [GeneratedRegex(ValuePatterns.InstanceType, RegexOptions.CultureInvariant)]
    private static partial Regex InstanceTypePattern();

    [GeneratedRegex(ValuePatterns.LabelValue, RegexOptions.CultureInvariant)]
    private static partial Regex LabelValuePattern();

    [GeneratedRegex(ValuePatterns.CertificateArn, RegexOptions.CultureInvariant)]
    private static partial Regex CertificateArnPattern();

    [GeneratedRegex(ValuePatterns.RoleArn, RegexOptions.CultureInvariant)]
    private static partial Regex RoleArnPattern();

    [GeneratedRegex(ValuePatterns.VpcId, RegexOptions.CultureInvariant)]
    private static partial Regex VpcIdPattern();

    [GeneratedRegex(ValuePatterns.SubnetId, RegexOptions.CultureInvariant)]
    private static partial Regex SubnetIdPattern();
}
