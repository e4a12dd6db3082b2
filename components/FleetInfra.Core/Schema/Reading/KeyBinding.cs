using FleetInfra.Core.Diagnostics;
using FleetInfra.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace FleetInfra.Core.Schema.Reading;

/// <summary>How a parser reads one key of a <see cref="KeyTable"/> into the value it builds (see <see cref="KeySpec.Read"/>).</summary>
internal abstract class KeyBinding
{
}

/// <summary>Reads the key's value and puts it into a <typeparamref name="TTarget"/>.</summary>
internal abstract class KeyBinding<TTarget> : KeyBinding
{
    /// <summary>Reads the value at <paramref name="node"/> into <paramref name="target"/>; false when it was reported as wrong.</summary>
    public abstract bool Apply(YamlReader reader, YamlNode node, string path, ref TTarget target);
}

/// <summary>A value read by <see cref="ValueReader{TValue}"/>, then set on the target.</summary>
internal sealed class ValueBinding<TTarget, TValue>(ValueReader<TValue> read, Func<TTarget, TValue, TTarget> set) : KeyBinding<TTarget>
{
    public override bool Apply(YamlReader reader, YamlNode node, string path, ref TTarget target)
    {
        if (!read(reader, node, path, out var value))
        {
            return false;
        }

        target = set(target, value);
        return true;
    }
}

/// <summary>Like <see cref="ValueBinding{TTarget, TValue}"/>, for targets that keep where the value is written.</summary>
internal sealed class LocatedValueBinding<TTarget, TValue>(ValueReader<TValue> read, Func<TTarget, TValue, SourceLocation, TTarget> set) : KeyBinding<TTarget>
{
    public override bool Apply(YamlReader reader, YamlNode node, string path, ref TTarget target)
    {
        if (!read(reader, node, path, out var value))
        {
            return false;
        }

        target = set(target, value, reader.At(node));
        return true;
    }
}

/// <summary>A value whose reading depends on keys read before it, in table order.</summary>
internal sealed class TargetValueBinding<TTarget, TValue>(TargetValueReader<TTarget, TValue> read, Func<TTarget, TValue, TTarget> set) : KeyBinding<TTarget>
{
    public override bool Apply(YamlReader reader, YamlNode node, string path, ref TTarget target)
    {
        if (!read(reader, node, path, target, out var value))
        {
            return false;
        }

        target = set(target, value);
        return true;
    }
}

/// <summary>A mapping whose keys (another table) are read into the same target, like <c>type: { http: { port } }</c> into a probe.</summary>
internal sealed class NestedTableBinding<TTarget>(KeyTable table, string example, Func<TTarget, TTarget>? before = null) : KeyBinding<TTarget>
{
    public override bool Apply(YamlReader reader, YamlNode node, string path, ref TTarget target)
    {
        if (reader.Mapping(node, path, example) is not { } map)
        {
            return false;
        }

        if (before is not null)
        {
            target = before(target);
        }

        return TableReader.Read(reader, map, path, table, ref target);
    }
}
