using System.Collections.Immutable;
using FleetInfra.Core.Diagnostics;

namespace FleetInfra.Core.Schema.Reading;

/// <summary>
/// Gives a <see cref="KeySpec"/> its reader, next to its declaration in a key table: the value is read and checked
/// by its own spec (range, pattern, enum) or by a named reader, then set on the target.
/// </summary>
internal static class KeyReading
{
    /// <summary>A whole number in the range of the key's <see cref="IntegerSpec"/>.</summary>
    public static KeySpec ReadsInteger<TTarget>(this KeySpec key, Func<TTarget, int, TTarget> set) =>
        key with { Read = new ValueBinding<TTarget, int>(Spec<IntegerSpec>(key).TryRead, set) };

    /// <summary>A whole number in the range of the key's <see cref="IntegerSpec"/>, with where it is written.</summary>
    public static KeySpec ReadsInteger<TTarget>(this KeySpec key, Func<TTarget, int, SourceLocation, TTarget> set) =>
        key with { Read = new LocatedValueBinding<TTarget, int>(Spec<IntegerSpec>(key).TryRead, set) };

    /// <summary>Text the key's <see cref="TextSpec"/> accepts.</summary>
    public static KeySpec ReadsText<TTarget>(this KeySpec key, Func<TTarget, string, TTarget> set) =>
        key with { Read = new ValueBinding<TTarget, string>(Spec<TextSpec>(key).TryRead, set) };

    /// <summary>Text the key's <see cref="TextSpec"/> accepts, with where it is written.</summary>
    public static KeySpec ReadsText<TTarget>(this KeySpec key, Func<TTarget, string, SourceLocation, TTarget> set) =>
        key with { Read = new LocatedValueBinding<TTarget, string>(Spec<TextSpec>(key).TryRead, set) };

    /// <summary>Text of any form, checked by a rule over the table (its spec still describes it for the schema).</summary>
    public static KeySpec ReadsUncheckedText<TTarget>(this KeySpec key, Func<TTarget, string, TTarget> set)
    {
        var what = Spec<TextSpec>(key).What;
        return key with { Read = new ValueBinding<TTarget, string>((reader, node, path, out value) => TextSpec.TryReadAny(reader, node, path, what, out value), set) };
    }

    public static KeySpec ReadsBoolean<TTarget>(this KeySpec key, Func<TTarget, bool, TTarget> set) =>
        key with { Read = new ValueBinding<TTarget, bool>(BooleanSpec.TryRead, set) };

    /// <summary>A value read by a named reader (a quantity, a list, a schedule).</summary>
    public static KeySpec Reads<TTarget, TValue>(this KeySpec key, ValueReader<TValue> read, Func<TTarget, TValue, TTarget> set) =>
        key with { Read = new ValueBinding<TTarget, TValue>(read, set) };

    /// <summary>A value read by a named reader, with where it is written.</summary>
    public static KeySpec Reads<TTarget, TValue>(this KeySpec key, ValueReader<TValue> read, Func<TTarget, TValue, SourceLocation, TTarget> set) =>
        key with { Read = new LocatedValueBinding<TTarget, TValue>(read, set) };

    /// <summary>A value read by a named reader that sees the keys read before it.</summary>
    public static KeySpec ReadsWith<TTarget, TValue>(this KeySpec key, TargetValueReader<TTarget, TValue> read, Func<TTarget, TValue, TTarget> set) =>
        key with { Read = new TargetValueBinding<TTarget, TValue>(read, set) };

    /// <summary>
    /// A list of text items the list's item <see cref="TextSpec"/> accepts; each other item is reported at its own line.
    /// With <paramref name="keepRejected"/> the rejected items stay in the list (counted by later checks).
    /// </summary>
    public static KeySpec ReadsTextList<TTarget>(this KeySpec key, Func<TTarget, ImmutableArray<string>, TTarget> set, bool keepRejected = false)
    {
        var item = Spec<ListSpec>(key).Items as TextSpec ?? throw new InvalidOperationException($"key '{key.Name}' is not a list of text");
        return key.Reads<TTarget, ImmutableArray<string>>(
            (reader, node, path, out values) =>
            {
                var list = ImmutableArray.CreateBuilder<string>();
                foreach (var (value, itemNode) in reader.StringList(node, path, item.What))
                {
                    var accepted = item.Accepts(value);
                    if (!accepted)
                    {
                        reader.Error(itemNode, path, item.Explain(value));
                    }

                    if (accepted || keepRejected)
                    {
                        list.Add(value);
                    }
                }

                values = list.ToImmutable();
                return node is YamlDotNet.RepresentationModel.YamlSequenceNode;
            },
            set);
    }

    /// <summary>A mapping of another table's keys, read into the same target (<paramref name="before"/> runs first).</summary>
    public static KeySpec ReadsTable<TTarget>(this KeySpec key, string example, Func<TTarget, TTarget>? before = null) =>
        key with { Read = new NestedTableBinding<TTarget>(Spec<KeyTable>(key), example, before) };

    /// <summary>The message when the required key is missing.</summary>
    public static KeySpec MissingSays(this KeySpec key, string message) => key with { Missing = message };

    private static TSpec Spec<TSpec>(KeySpec key)
        where TSpec : ValueSpec =>
        key.Value as TSpec ?? throw new InvalidOperationException($"key '{key.Name}' is a {key.Value.GetType().Name}, not a {typeof(TSpec).Name}");
}
