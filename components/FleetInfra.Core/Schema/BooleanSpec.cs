using FleetInfra.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace FleetInfra.Core.Schema;

/// <summary>An unquoted <c>true</c> or <c>false</c>.</summary>
public sealed record BooleanSpec : ValueSpec
{
    public static BooleanSpec Instance { get; } = new();

    /// <summary>Reads true or false; otherwise reports it and returns false.</summary>
    internal static bool TryRead(YamlReader reader, YamlNode node, string path, out bool value)
    {
        var read = reader.Boolean(node, path);
        value = read ?? false;
        return read is not null;
    }
}
