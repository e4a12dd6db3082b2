using YamlDotNet.RepresentationModel;

namespace FleetInfra.Core.Yaml;

/// <summary>The known keys of one mapping, after unknown keys were reported.</summary>
public sealed class YamlFields(IReadOnlyDictionary<string, (YamlScalarNode Key, YamlNode Value)> fields)
{
    public YamlNode? this[string key] => fields.TryGetValue(key, out var field) && !YamlReader.IsNull(field.Value) ? field.Value : null;

    public bool Contains(string key) => this[key] is not null;
}
