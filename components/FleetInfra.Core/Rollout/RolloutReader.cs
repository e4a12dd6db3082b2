using System.Collections.Immutable;
using FleetInfra.Core.Placement;
using FleetInfra.Core.Schema;
using FleetInfra.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace FleetInfra.Core.Rollout;

/// <summary>Reads <c>fleet:rollout</c>; a wave that is neither or both kinds, or a percentage below an earlier one, is an error at its line.</summary>
internal static class RolloutReader
{
    public static bool Read(YamlReader reader, YamlNode node, string path, out RolloutConfig rollout)
    {
        rollout = null!;
        if (reader.Mapping(node, path, "{ waves: [ { clusters: { matchLabels: { canary: \"true\" } } }, { percent: 100 } ], pauseSeconds: 300 }") is not { } map)
        {
            return false;
        }

        var errorsBefore = reader.Diagnostics.ErrorCount;
        var fields = reader.Fields(map, path, RolloutKeys.Rollout);
        var pause = fields["pauseSeconds"] is { } pauseNode ? RolloutKeys.Rollout.Range("pauseSeconds") is var range && range.TryRead(reader, pauseNode, $"{path}.pauseSeconds", out var seconds) ? seconds : 0 : 0;
        var waves = ImmutableArray.CreateBuilder<WaveSpec>();
        if (fields["waves"] is not { } wavesNode)
        {
            reader.Error(map, $"{path}.waves", "is missing; list the waves, like [ { clusters: { matchLabels: { canary: \"true\" } } }, { percent: 100 } ]");
        }
        else if (reader.Sequence(wavesNode, $"{path}.waves", "[ { percent: 25 }, { percent: 100 } ]") is { } sequence)
        {
            (int Percent, int Line)? lastPercent = null;
            foreach (var (item, itemPath) in reader.MappingItems(sequence, $"{path}.waves", "{ percent: 25 } or { clusters: { matchLabels: {...} } }"))
            {
                var wave = reader.Fields(item, itemPath, RolloutKeys.Wave);
                if (wave.Contains("clusters") == wave.Contains("percent"))
                {
                    reader.Error(item, itemPath, "set exactly one of clusters (a selector) or percent");
                }
                else if (wave["clusters"] is { } selectorNode)
                {
                    if (SelectorReader.Selector(reader, selectorNode, $"{itemPath}.clusters", out var selector))
                    {
                        waves.Add(new WaveSpec(selector, null, reader.At(item), itemPath));
                    }
                }
                else if (RolloutKeys.Wave.Range("percent").TryRead(reader, wave["percent"]!, $"{itemPath}.percent", out var percent))
                {
                    if (lastPercent is { } last && percent <= last.Percent)
                    {
                        reader.Error(wave["percent"]!, $"{itemPath}.percent",
                            $"{percent}% comes after {last.Percent}% (line {last.Line}); percentages count the earlier waves, so each must be larger than the one before");
                    }

                    lastPercent = (percent, reader.At(item).Line);
                    waves.Add(new WaveSpec(null, percent, reader.At(item), itemPath));
                }
            }
        }

        rollout = new RolloutConfig(waves.ToImmutable(), pause, reader.At(map));
        return reader.Diagnostics.ErrorCount == errorsBefore;
    }
}
