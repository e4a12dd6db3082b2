using System.Collections.Immutable;
using FleetInfra.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace FleetInfra.Core.Placement;

/// <summary>Reads <c>fleet:placement</c>: a <c>placement</c> per app name; whether each app exists is checked by the planner.</summary>
internal static class PlacementReader
{
    public static bool StackPlacement(YamlReader reader, YamlNode node, string path, out ImmutableSortedDictionary<string, ClusterSelector> placement)
    {
        var read = ImmutableSortedDictionary.CreateBuilder<string, ClusterSelector>(StringComparer.Ordinal);
        placement = read.ToImmutable();
        if (reader.Mapping(node, path, "{ my-app: { clusters: { matchLabels: { tier: edge } } } }") is not { } map)
        {
            return false;
        }

        foreach (var (keyNode, value) in map.Children)
        {
            var app = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (SelectorReader.Placement(reader, value, $"{path}.{app}", out var selector))
            {
                read[app] = selector;
            }
        }

        placement = read.ToImmutable();
        return true;
    }
}
