using FleetInfra.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace FleetInfra.Core.Config;

/// <summary>Reads <c>fleet:addons</c> and a cluster's <c>addons</c>: <c>{ metricsServer: false, ... }</c> over a base.</summary>
internal static class AddonSwitchesParser
{
    /// <summary><paramref name="defaults"/> with the switches written at <paramref name="node"/> applied.</summary>
    public static AddonSwitches Read(YamlReader reader, YamlNode node, string path, AddonSwitches defaults)
    {
        if (reader.Mapping(node, path, "{ nodeAutoscaler: false }") is not { } map)
        {
            return defaults;
        }

        var fields = reader.Fields(map, path, StackKeys.Addons);
        bool Switch(string key, bool current) =>
            fields[key] is { } valueNode && reader.Boolean(valueNode, $"{path}.{key}") is { } value ? value : current;

        return defaults with
        {
            MetricsServer = Switch("metricsServer", defaults.MetricsServer),
            NetworkPolicy = Switch("networkPolicy", defaults.NetworkPolicy),
            NodeAutoscaler = Switch("nodeAutoscaler", defaults.NodeAutoscaler),
            Dns = Switch("dns", defaults.Dns),
            Certificates = Switch("certificates", defaults.Certificates),
            StaticIps = Switch("staticIps", defaults.StaticIps),
        };
    }
}
