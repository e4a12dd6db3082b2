using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace FleetInfra.Core.Review;

/// <summary>
/// Writes <c>fleet:suspended: true</c> into an apps-only stack file and leaves every other byte as it was: an existing
/// <c>fleet:suspended</c> gets the value <c>true</c>, else a line is added below <c>fleet:clustersFrom</c>.
/// </summary>
public static class ReviewSuspension
{
    public const string Key = "fleet:suspended";

    private const string ClustersFromKey = "fleet:clustersFrom";

    /// <summary>The stack file's text suspended; null with <paramref name="problem"/> when it has no block <c>config</c> mapping with <c>fleet:clustersFrom</c>.</summary>
    public static string? Suspend(string text, out string? problem)
    {
        problem = null;
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            problem = $"is not YAML ({ex.Message})";
            return null;
        }

        if (stream.Documents.FirstOrDefault()?.RootNode is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode("config"), out var configNode)
            || configNode is not YamlMappingNode { Style: not YamlDotNet.Core.Events.MappingStyle.Flow } config)
        {
            problem = "has no config: mapping in block style";
            return null;
        }

        if (config.Children.FirstOrDefault(e => e.Key is YamlScalarNode { Value: Key }).Value is YamlScalarNode current)
        {
            return string.Concat(text.AsSpan(0, (int)current.Start.Index), "true", text.AsSpan((int)current.End.Index));
        }

        if (config.Children.FirstOrDefault(e => e.Key is YamlScalarNode { Value: ClustersFromKey }) is not { Key: { } key, Value: { } value })
        {
            problem = $"has no {ClustersFromKey}: only an apps-only (review) stack is suspended";
            return null;
        }

        // Below the line that ends the fleet:clustersFrom entry, at its indentation, in the file's line ending.
        var lineEnd = text.IndexOf('\n', (int)value.End.Index);
        var newline = lineEnd > 0 && text[lineEnd - 1] == '\r' ? "\r\n" : "\n";
        var line = $"{new string(' ', (int)key.Start.Column - 1)}{Key}: true{newline}";
        return lineEnd < 0 ? string.Concat(text, newline, line) : text.Insert(lineEnd + 1, line);
    }
}
