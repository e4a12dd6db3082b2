using System.Text.RegularExpressions;
using FleetInfra.Core.Naming;
using FleetInfra.Core.Schema;
using FleetInfra.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace FleetInfra.Core.Config;

/// <summary>Reads <c>fleet:dns</c> and a cluster's <c>dns</c>: <c>{ route53: { zoneName, zoneId }, cloudDns: { zoneName, managedZone, project } }</c>.</summary>
internal static partial class DnsZonesParser
{
    private const string Example = "{ route53: { zoneName: example.com }, cloudDns: { zoneName: example.com, managedZone: example-com } }";

    /// <summary>The zones written at <paramref name="node"/>; null when the mapping is broken (already reported).</summary>
    public static DnsZones? Read(YamlReader reader, YamlNode node, string path)
    {
        if (reader.Mapping(node, path, Example) is not { } map)
        {
            return null;
        }

        var fields = reader.Fields(map, path, StackKeys.Dns);
        return new DnsZones
        {
            Route53 = fields["route53"] is { } route53 ? ReadRoute53(reader, route53, $"{path}.route53") : null,
            CloudDns = fields["cloudDns"] is { } cloudDns ? ReadCloudDns(reader, cloudDns, $"{path}.cloudDns") : null,
        };
    }

    private static Route53Zone? ReadRoute53(YamlReader reader, YamlNode node, string path)
    {
        if (reader.Mapping(node, path, "{ zoneName: example.com, zoneId: Z0123456789ABCDEFGHIJ }") is not { } map)
        {
            return null;
        }

        var fields = reader.Fields(map, path, StackKeys.Route53);
        var zoneName = ZoneName(reader, map, fields, path);
        string? zoneId = null;
        if (fields["zoneId"] is { } idNode && reader.String(idNode, $"{path}.zoneId", "a hosted zone id like Z0123456789ABCDEFGHIJ") is { } id)
        {
            if (HostedZoneIdPattern().IsMatch(id))
            {
                zoneId = id;
            }
            else
            {
                reader.Error(idNode, $"{path}.zoneId", $"'{id}' is not a Route 53 hosted zone id; write it like Z0123456789ABCDEFGHIJ (without /hostedzone/)");
                return null;
            }
        }

        return zoneName is null ? null : new Route53Zone(zoneName, zoneId, reader.At(map));
    }

    private static CloudDnsZone? ReadCloudDns(YamlReader reader, YamlNode node, string path)
    {
        if (reader.Mapping(node, path, "{ zoneName: example.com, managedZone: example-com, project: acme-dns }") is not { } map)
        {
            return null;
        }

        var fields = reader.Fields(map, path, StackKeys.CloudDns);
        var zoneName = ZoneName(reader, map, fields, path);
        string? managedZone = null;
        if (fields["managedZone"] is not { } managedNode)
        {
            reader.Error(map, $"{path}.managedZone", "is missing; set the managed zone's resource name, like example-com");
        }
        else if (reader.String(managedNode, $"{path}.managedZone", "a managed zone name like example-com") is { } managed)
        {
            if (ManagedZonePattern().IsMatch(managed))
            {
                managedZone = managed;
            }
            else
            {
                reader.Error(managedNode, $"{path}.managedZone", $"'{managed}' is not a Cloud DNS managed zone name; use 1-63 lower-case letters, digits and '-', starting with a letter");
            }
        }

        string? project = null;
        if (fields["project"] is { } projectNode && reader.String(projectNode, $"{path}.project", "the GCP project id of the zone") is { } projectText)
        {
            if (StackConfigParser.IsProjectId(projectText))
            {
                project = projectText;
            }
            else
            {
                reader.Error(projectNode, $"{path}.project", $"'{projectText}' is not a GCP project id; use 6-30 lower-case letters, digits and '-'");
                return null;
            }
        }

        return zoneName is null || managedZone is null ? null : new CloudDnsZone(zoneName, managedZone, project, reader.At(map));
    }

    private static string? ZoneName(YamlReader reader, YamlMappingNode map, YamlFields fields, string path)
    {
        if (fields["zoneName"] is not { } nameNode)
        {
            reader.Error(map, $"{path}.zoneName", "is missing; set the zone's DNS name, like example.com");
            return null;
        }

        var name = reader.String(nameNode, $"{path}.zoneName", "the zone's DNS name, like example.com");
        if (name is null)
        {
            return null;
        }

        var trimmed = name.TrimEnd('.');
        if (!KubernetesNames.IsHostName(trimmed) || !trimmed.Contains('.', StringComparison.Ordinal))
        {
            reader.Error(nameNode, $"{path}.zoneName", $"'{name}' is not a DNS zone name; use a lower-case domain like example.com");
            return null;
        }

        return trimmed;
    }

    [GeneratedRegex(ValuePatterns.HostedZoneId, RegexOptions.CultureInvariant)]
    private static partial Regex HostedZoneIdPattern();

    [GeneratedRegex(ValuePatterns.ManagedZone, RegexOptions.CultureInvariant)]
    private static partial Regex ManagedZonePattern();
}
