using System.Collections.Immutable;
using System.Globalization;
using FleetInfra.Core.Config.Classes;
using FleetInfra.Core.Config.Rules;
using FleetInfra.Core.Diagnostics;
using FleetInfra.Core.Schema;
using FleetInfra.Core.Schema.Reading;
using FleetInfra.Core.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace FleetInfra.Core.Config;

/// <summary>
/// The readers of the stack keys whose values are more than one scalar: the lists of clusters, node groups and taints
/// (each item read by a walk over its <see cref="StackKeys"/> table) and the checks across their items.
/// </summary>
internal static class StackReaders
{
    /// <summary>Until a valid <c>provider</c> is read: a cluster without one is reported and not kept.</summary>
    internal const CloudProvider ProviderNotRead = (CloudProvider)(-1);

    private static readonly TableRule<ClusterConfig>[] ClusterRules =
    [
        ProjectRequiredOnGke.Instance,
        ProviderOnlyKeys.Instance,
        ExistingVpcHasSubnets.Instance,
        ApiAccessCidrsSet.Instance,
    ];

    private static readonly TableRule<NodeGroupConfig>[] NodeGroupRules = [NodeGroupSizesInOrder.Instance];

    /// <summary>App names with where each is written; whether they exist is checked by the planner.</summary>
    public static bool AppNames(YamlReader reader, YamlNode node, string path, out ImmutableArray<(string Name, SourceLocation Source)> apps)
    {
        apps = [.. reader.StringList(node, path, "an app name").Select(a => (a.Value, reader.At(a.Node)))];
        return node is YamlSequenceNode;
    }

    /// <summary>The <c>fleet:appOverrides</c> entries, kept as YAML: the planner applies each to its app's intent.</summary>
    public static bool AppOverrides(YamlReader reader, YamlNode node, string path, out ImmutableArray<AppOverride> overrides)
    {
        var read = ImmutableArray.CreateBuilder<AppOverride>();
        var map = reader.Mapping(node, path, "{ my-app: { min_running_instances: 3 } }");
        if (map is not null)
        {
            foreach (var (keyNode, value) in map.Children)
            {
                var app = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
                if (reader.Mapping(value, $"{path}.{app}", "{ min_running_instances: 3, cpu: 1000m }") is { } overrideMap)
                {
                    read.Add(new AppOverride(app, reader.At(keyNode), overrideMap, reader.DisplayPath));
                }
            }
        }

        overrides = read.ToImmutable();
        return map is not null;
    }

    public static bool Dns(YamlReader reader, YamlNode node, string path, out DnsZones dns)
    {
        dns = DnsZonesParser.Read(reader, node, path) ?? DnsZones.None;
        return true;
    }

    /// <summary>The switches written at <paramref name="node"/> over <paramref name="defaults"/>.</summary>
    public static bool Addons(YamlReader reader, YamlNode node, string path, AddonSwitches defaults, out AddonSwitches addons)
    {
        addons = defaults;
        return reader.Mapping(node, path, "{ nodeAutoscaler: false }") is { } map
            && TableReader.Read(reader, map, path, StackKeys.Addons, ref addons);
    }

    public static bool Teams(YamlReader reader, YamlNode node, string path, out ImmutableArray<TeamConfig> teams)
    {
        teams = TeamsParser.Read(reader, node, path);
        return true;
    }

    public static bool Policies(YamlReader reader, YamlNode node, string path, out ImmutableSortedDictionary<string, Policies.PolicyLevel> levels)
    {
        levels = PolicyLevelsParser.Read(reader, node, path);
        return true;
    }

    /// <summary>The clusters, each a walk over <see cref="StackKeys.Cluster"/> starting from the stack's DNS zones and add-ons; each name once.</summary>
    public static bool Clusters(YamlReader reader, YamlNode node, string path, StackConfig stack, out ImmutableArray<ClusterConfig> clusters)
    {
        clusters = [];
        if (reader.Sequence(node, path, "[ { name: eks-use1, provider: eks, region: us-east-1, ... } ]") is not { } sequence)
        {
            return false;
        }

        if (sequence.Children.Count == 0)
        {
            reader.Error(sequence, path, "is empty; declare at least one cluster");
        }

        var read = new List<ClusterConfig>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            if (Cluster(reader, sequence.Children[i], $"{path}[{i}]", stack) is not { } cluster)
            {
                continue;
            }

            if (read.Find(c => c.Name == cluster.Name) is { } existing)
            {
                reader.Diagnostics.Error(cluster.Source, $"{path}[{i}].name",
                    $"cluster '{cluster.Name}' is declared twice (first at line {existing.Source.Line}); give each cluster its own name");
                continue;
            }

            read.Add(cluster);
        }

        clusters = [.. read];
        if (!stack.ClusterClasses.IsEmpty)
        {
            ClusterClassesParser.WarnUnused(reader, stack, read);
        }

        return true;
    }

    /// <summary>A cluster's own DNS zone, which must be the one its provider writes to.</summary>
    public static bool ClusterDns(YamlReader reader, YamlNode node, string path, ClusterConfig cluster, out DnsZones dns)
    {
        dns = DnsZonesParser.Read(reader, node, path)!;
        if (dns is null)
        {
            return false;
        }

        var (foreign, key, own, service) = cluster.Provider switch
        {
            CloudProvider.Eks => (dns.CloudDns?.Source, "cloudDns", "route53", "Route 53"),
            CloudProvider.Gke => (dns.Route53?.Source, "route53", "cloudDns", "Cloud DNS"),
            _ => (null, string.Empty, string.Empty, string.Empty),
        };
        if (foreign is not null)
        {
            reader.Diagnostics.Error(foreign, $"{path}.{key}", $"{ProviderOnlyKeys.Name(cluster.Provider)} clusters write their records to {service}; use dns.{own} here");
        }

        return true;
    }

    /// <summary>The node groups of a cluster, each a walk over <see cref="StackKeys.NodeGroup"/>; each name once, one machine type on GKE.</summary>
    public static bool NodeGroups(YamlReader reader, YamlNode node, string path, ClusterConfig cluster, out ImmutableArray<NodeGroupConfig> groups)
    {
        groups = [];
        if (reader.Sequence(node, path, "[ { name: general, instanceTypes: [m6i.large], minSize: 2, maxSize: 6 } ]") is not { } sequence)
        {
            return false;
        }

        if (sequence.Children.Count == 0)
        {
            reader.Error(sequence, path, "is empty; declare at least one node group, like { name: general, instanceTypes: [m6i.large], minSize: 2, maxSize: 6 }");
            return true;
        }

        // A cluster of a class starts with its class's groups: a group of the same name overrides one, key by key.
        var read = new List<NodeGroupConfig>(cluster.NodeGroups);
        var overridden = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (map, itemPath) in reader.MappingItems(sequence, path, "{ name: general, instanceTypes: [m6i.large], minSize: 2, maxSize: 6 }"))
        {
            // -1 until read: a group without a valid name, sizes or instance types is reported and not kept.
            var fields = reader.Fields(map, itemPath, StackKeys.NodeGroup);
            if (!cluster.NodeGroups.IsEmpty && fields["name"] is YamlScalarNode { Value: { } name } nameNode
                && read.FindIndex(g => g.Name == name) is var index and >= 0)
            {
                if (!overridden.Add(name))
                {
                    reader.Error(nameNode, $"{itemPath}.name", $"node group '{name}' is overridden twice in this cluster; write its keys in one entry");
                }
                else if (OverrideNodeGroup(reader, fields, map, itemPath, cluster, read[index], out var merged))
                {
                    read[index] = merged;
                }

                continue;
            }

            var group = new NodeGroupConfig
            {
                Name = string.Empty, InstanceTypes = [], MinSize = -1, MaxSize = -1, DesiredSize = -1,
                Source = reader.At(map), FieldSources = SourcesOf(reader, fields, StackKeys.NodeGroup),
            };
            TableReader.Read(reader, fields, map, itemPath, StackKeys.NodeGroup, ref group);
            TableReader.Check(new TableContext(reader, itemPath, map, fields), ref group, NodeGroupRules);
            if (fields["instanceTypes"] is { } typesNode && group.InstanceTypes.IsEmpty)
            {
                reader.Error(typesNode, $"{itemPath}.instanceTypes", "is empty; list at least one instance type");
            }
            else if (fields["instanceTypes"] is { } gkeTypesNode && cluster.Provider == CloudProvider.Gke && group.InstanceTypes.Length > 1)
            {
                reader.Error(gkeTypesNode, $"{itemPath}.instanceTypes", "a GKE node pool has one machine type; keep one and add another node group for the rest");
            }

            if (group.Name.Length > 0 && read.Exists(g => g.Name == group.Name))
            {
                reader.Error(fields["name"]!, $"{itemPath}.name", $"node group '{group.Name}' is declared twice in this cluster; give each its own name");
            }
            else if (group.Name.Length > 0 && group.MinSize >= 0 && group.MaxSize >= 0 && !group.InstanceTypes.IsEmpty)
            {
                read.Add(group);
            }
        }

        groups = [.. read];
        return true;
    }

    /// <summary>
    /// A class's node group with a cluster's override of it: the override's keys over the class's, checked together
    /// (an unset <c>desiredSize</c> follows the merged <c>minSize</c>).
    /// </summary>
    private static bool OverrideNodeGroup(
        YamlReader reader, YamlFields fields, YamlMappingNode map, string itemPath, ClusterConfig cluster, NodeGroupConfig inherited, out NodeGroupConfig group)
    {
        var errorsBefore = reader.Diagnostics.ErrorCount;
        group = inherited with
        {
            DesiredSize = inherited.FieldSources.ContainsKey("desiredSize") ? inherited.DesiredSize : -1,
            Source = reader.At(map),
            FieldSources = inherited.FieldSources.SetItems(SourcesOf(reader, fields, StackKeys.NodeGroup)),
        };
        TableReader.Read(reader, fields, map, itemPath, ClusterClassKeys.NodeGroupOverride, ref group);
        TableReader.Check(new TableContext(reader, itemPath, map, fields), ref group, NodeGroupRules);
        if (fields["instanceTypes"] is { } typesNode && cluster.Provider == CloudProvider.Gke && group.InstanceTypes.Length > 1)
        {
            reader.Error(typesNode, $"{itemPath}.instanceTypes", "a GKE node pool has one machine type; keep one and add another node group for the rest");
        }

        return reader.Diagnostics.ErrorCount == errorsBefore;
    }

    /// <summary>A cluster's labels: node labels' rules, and not the labels FleetInfra sets from the cluster itself.</summary>
    public static bool ClusterLabels(YamlReader reader, YamlNode node, string path, out ImmutableSortedDictionary<string, string> labels)
    {
        var valid = Labels(reader, node, path, out labels);
        foreach (var key in Placement.ClusterLabels.Derived.Where(labels.ContainsKey))
        {
            var keyNode = ((YamlMappingNode)node).Children.Keys.First(k => k is YamlScalarNode { Value: var v } && v == key);
            reader.Error(keyNode, $"{path}.{key}", $"is set from the cluster's {key} for you; remove it here (use another label key for your own grouping)");
            labels = labels.Remove(key);
        }

        return valid;
    }

    /// <summary>Node labels: valid keys and values, each problem at its own line.</summary>
    public static bool Labels(YamlReader reader, YamlNode node, string path, out ImmutableSortedDictionary<string, string> labels)
    {
        var read = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (key, value, keyNode, valueNode) in reader.StringMap(node, path, "{ workload: general }"))
        {
            if (!StackKeys.LabelKey.Accepts(key))
            {
                reader.Error(keyNode, $"{path}.{key}", StackKeys.LabelKey.Explain(key));
            }
            else if (!StackKeys.LabelValue.Accepts(value))
            {
                reader.Error(valueNode, $"{path}.{key}", StackKeys.LabelValue.Explain(value));
            }
            else
            {
                read[key] = value;
            }
        }

        labels = read.ToImmutable();
        return node is YamlMappingNode;
    }

    public static bool Taints(YamlReader reader, YamlNode node, string path, out ImmutableArray<NodeTaint> taints)
    {
        taints = [];
        if (reader.Sequence(node, path, "[ { key: dedicated, value: batch, effect: NoSchedule } ]") is not { } sequence)
        {
            return false;
        }

        var read = new List<NodeTaint>();
        foreach (var (map, itemPath) in reader.MappingItems(sequence, path, "{ key: dedicated, value: batch, effect: NoSchedule }"))
        {
            var taint = new NodeTaint(string.Empty, string.Empty, TaintEffect.NoSchedule);
            if (TableReader.Read(reader, map, itemPath, StackKeys.Taint, ref taint))
            {
                read.Add(taint);
            }
        }

        taints = [.. read];
        return true;
    }

    /// <summary>A quoted minor version: an unquoted 1.30 is the number 1.3 to YAML tools, so it is refused even though it matches.</summary>
    public static bool KubernetesVersion(YamlReader reader, YamlNode node, string path, out string version)
    {
        var spec = (TextSpec)StackKeys.Cluster["kubernetesVersion"].Value;
        if (!TextSpec.TryReadAny(reader, node, path, spec.What, out version))
        {
            return false;
        }

        if (node is YamlScalarNode { Style: ScalarStyle.Plain } && double.TryParse(version, CultureInfo.InvariantCulture, out var asNumber))
        {
            reader.Error(node, path, $"is read as the number {asNumber.ToString(CultureInfo.InvariantCulture)} by YAML tools (Pulumi too); quote it like \"{version}\"");
            return false;
        }

        if (spec.Accepts(version))
        {
            return true;
        }

        reader.Error(node, path, spec.Explain(version));
        return false;
    }

    /// <summary>A cluster (or class) before its keys are read: the stack's DNS zones and add-ons, nothing else yet.</summary>
    internal static ClusterConfig Unread(StackConfig stack, SourceLocation source) => new()
    {
        Name = string.Empty,
        Provider = ProviderNotRead,
        Region = string.Empty,
        KubernetesVersion = string.Empty,
        NodeGroups = [],
        Dns = stack.Dns,
        Addons = stack.Addons,
        Source = source,
    };

    /// <summary>Where each key of a mapping that is written has its value, for messages about that field (like <c>fleet diff</c>'s hazards).</summary>
    internal static ImmutableSortedDictionary<string, SourceLocation> SourcesOf(YamlReader reader, YamlFields fields, IEnumerable<string> keys) =>
        keys.Where(fields.Contains).ToImmutableSortedDictionary(key => key, key => reader.At(fields[key]!), StringComparer.Ordinal);

    private static ClusterConfig? Cluster(YamlReader reader, YamlNode node, string path, StackConfig stack)
    {
        if (reader.Mapping(node, path, "{ name: eks-use1, provider: eks, region: us-east-1, kubernetesVersion: \"1.33\", nodeGroups: [...] }") is not { } map)
        {
            return null;
        }

        var fields = reader.Fields(map, path, StackKeys.Cluster);
        if (fields["class"] is { } classNode)
        {
            return ClusterOfClass(reader, classNode, fields, map, path, stack);
        }

        var errorsBefore = reader.Diagnostics.ErrorCount;
        var cluster = Unread(stack, reader.At(map)) with { FieldSources = SourcesOf(reader, fields, StackKeys.Cluster) };
        TableReader.Read(reader, fields, map, path, StackKeys.Cluster, ref cluster);
        TableReader.Check(new TableContext(reader, path, map, fields), ref cluster, ClusterRules);
        return reader.Diagnostics.ErrorCount > errorsBefore ? null : cluster;
    }

    /// <summary>
    /// A cluster that names a class: the class's settings (read once, at the class) with the cluster's own keys over
    /// them; the rules across keys see the class's keys and the cluster's together.
    /// </summary>
    private static ClusterConfig? ClusterOfClass(YamlReader reader, YamlNode classNode, YamlFields fields, YamlMappingNode map, string path, StackConfig stack)
    {
        if (!ClusterClassesParser.TryFind(reader, classNode, path, stack, out var cls))
        {
            return null;
        }

        var errorsBefore = reader.Diagnostics.ErrorCount;
        var cluster = cls.Settings with
        {
            Source = reader.At(map),
            FieldSources = cls.Settings.FieldSources.SetItems(SourcesOf(reader, fields, StackKeys.Cluster)),
        };
        TableReader.Read(reader, fields, map, path, ClusterClassKeys.ClusterOfClass, ref cluster);
        if (fields["provider"] is { } providerNode && cluster.Provider != cls.Settings.Provider)
        {
            reader.Error(providerNode, $"{path}.provider",
                $"conflicts with class '{cls.Name}' (provider {ProviderOnlyKeys.Name(cls.Settings.Provider)}); a class fixes the provider: name a {ProviderOnlyKeys.Name(cluster.Provider)} class instead");
            return null;
        }

        foreach (var key in (string[])["kubernetesVersion", "nodeGroups"])
        {
            if (!cls.Fields.Contains(key) && !fields.Contains(key))
            {
                reader.Error(map, $"{path}.{key}", $"is missing; set it here or in class '{cls.Name}'");
            }
        }

        TableReader.Check(new TableContext(reader, path, map, fields.Over(cls.Fields)), ref cluster, ClusterRules);
        return reader.Diagnostics.ErrorCount > errorsBefore ? null : cluster;
    }
}
