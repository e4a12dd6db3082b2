using FleetInfra.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace FleetInfra.Core.Schema;

/// <summary>An unquoted whole number from <see cref="Minimum"/> to <see cref="Maximum"/>.</summary>
public sealed record IntegerSpec(int Minimum, int Maximum) : ValueSpec
{
    /// <summary>What the number counts, for "expected ..." and "... must be between" (like "a port number").</summary>
    internal string What { get; init; } = "a whole number";

    /// <summary>Reads a whole number in range; otherwise reports it and returns false.</summary>
    internal bool TryRead(YamlReader reader, YamlNode node, string path, out int value)
    {
        var read = reader.Integer(node, path, Minimum, Maximum, What);
        value = read ?? 0;
        return read is not null;
    }
}
