using System.Collections.Immutable;
using FleetInfra.Core.Diagnostics;
using FleetInfra.Core.Policies;
using FleetInfra.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace FleetInfra.Core.Config;

/// <summary>Reads <c>fleet:policies</c>: <c>{ FI003: error, FI007: off }</c>, a level per policy id.</summary>
internal static class PolicyLevelsParser
{
    private static readonly IReadOnlyDictionary<string, PolicyLevel> Levels = new Dictionary<string, PolicyLevel>(StringComparer.Ordinal)
    {
        ["error"] = PolicyLevel.Error,
        ["warning"] = PolicyLevel.Warning,
        ["off"] = PolicyLevel.Off,
    };

    public static ImmutableSortedDictionary<string, PolicyLevel> Read(YamlReader reader, YamlNode node, string path)
    {
        var levels = ImmutableSortedDictionary.CreateBuilder<string, PolicyLevel>(StringComparer.Ordinal);
        if (reader.Mapping(node, path, "{ FI003: error, FI007: off }") is not { } map)
        {
            return levels.ToImmutable();
        }

        // fleet diff's hazards (FI101...) take their levels from the same key.
        var ids = PolicyCatalog.All.Select(p => p.Id).Concat(Diffing.Hazards.HazardCatalog.All.Select(h => h.Id)).ToList();
        foreach (var (keyNode, valueNode) in map.Children)
        {
            var id = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (!ids.Contains(id))
            {
                reader.Error(keyNode, $"{path}.{id}", $"'{id}' is not a policy or hazard{Suggestions.DidYouMean(id, ids)}; use one of {string.Join(", ", ids)} (fleet policy list shows them)");
                continue;
            }

            // YAML 1.1 tools read an unquoted off as false; both spellings mean the same here.
            var text = valueNode is YamlScalarNode { Value: "false" or "False" or "FALSE" } ? "off" : reader.String(valueNode, $"{path}.{id}", "error, warning or off");
            if (text is null)
            {
                continue;
            }

            if (Levels.TryGetValue(text, out var level))
            {
                levels[id] = level;
            }
            else
            {
                reader.Error(valueNode, $"{path}.{id}", $"'{text}' is not a policy level{Suggestions.DidYouMean(text, Levels.Keys)}; use error, warning or off");
            }
        }

        return levels.ToImmutable();
    }
}
