using YamlDotNet.RepresentationModel;

namespace FleetInfra.Core.Yaml;

/// <summary>The known keys of one mapping, after unknown keys were reported.</summary>
public sealed class YamlFields(IReadOnlyDictionary<string, (YamlScalarNode Key, YamlNode Value)> fields)
{
    public YamlNode? this[string key] => fields.TryGetValue(key, out var field) && !YamlReader.IsNull(field.Value) ? field.Value : null;

    public bool Contains(string key) => this[key] is not null;

    /// <summary>These keys written over <paramref name="under"/>'s: a cluster's own keys over its class's.</summary>
    public YamlFields Over(YamlFields under)
    {
        var merged = new Dictionary<string, (YamlScalarNode Key, YamlNode Value)>(under.Entries, StringComparer.Ordinal);
        foreach (var (key, field) in fields)
        {
            merged[key] = field;
        }

        return new YamlFields(merged);
    }

    private IReadOnlyDictionary<string, (YamlScalarNode Key, YamlNode Value)> Entries => fields;
}
