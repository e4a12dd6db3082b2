using FleetInfra.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace FleetInfra.Core.Schema.Reading;

/// <summary>
/// The table walk: reads a mapping's keys through each <see cref="KeySpec.Read"/>, in table order, into a typed value.
/// Unknown keys are reported with a did-you-mean, missing required keys with their <see cref="KeySpec.Missing"/> message.
/// </summary>
internal static class TableReader
{
    /// <summary>Reads <paramref name="map"/> against <paramref name="table"/>; false when anything in it was reported.</summary>
    public static bool Read<TTarget>(YamlReader reader, YamlMappingNode map, string path, KeyTable table, ref TTarget target) =>
        Read(reader, reader.Fields(map, path, table), map, path, table, ref target);

    /// <summary>Reads keys already checked by <see cref="YamlReader.Fields"/>.</summary>
    public static bool Read<TTarget>(YamlReader reader, YamlFields fields, YamlNode owner, string path, KeyTable table, ref TTarget target)
    {
        var clean = true;
        if (table.ExactlyOne && CountWritten(table, fields) != 1)
        {
            reader.Error(owner, path, $"set exactly one of {string.Join(" or ", table.Keys.Select(k => k.Name))}");
            return false;
        }

        foreach (var key in table.Keys)
        {
            if (fields[key.Name] is { } node)
            {
                var binding = key.Read as KeyBinding<TTarget>
                    ?? throw new InvalidOperationException($"key '{key.Name}' of {table.Definition ?? table.Description} has no reader for {typeof(TTarget).Name}");
                clean &= binding.Apply(reader, node, YamlReader.Join(path, table.NamespacePrefix + key.Name), ref target);
            }
            else if (key.Required)
            {
                reader.Error(owner, YamlReader.Join(path, table.NamespacePrefix + key.Name), key.Missing ?? "is missing");
                clean = false;
            }
        }

        return clean;
    }

    /// <summary>Runs <paramref name="rules"/> in order over a value read from one table, until one finds it unusable.</summary>
    public static bool Check<TTarget>(TableContext context, ref TTarget value, ReadOnlySpan<TableRule<TTarget>> rules)
    {
        foreach (var rule in rules)
        {
            if (!rule.Check(context, ref value))
            {
                return false;
            }
        }

        return true;
    }

    private static int CountWritten(KeyTable table, YamlFields fields)
    {
        var count = 0;
        foreach (var key in table.Keys)
        {
            count += fields.Contains(key.Name) ? 1 : 0;
        }

        return count;
    }
}
