using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using k8s.Models;

namespace FleetInfra.Core.Rendering.Emitting;

/// <summary>
/// Writes an object as one YAML document byte-identical to KubernetesClient's <c>KubernetesYaml.Serialize</c>
/// (block style, two-space indentation, sequences not indented under their key, <c>{}</c> and <c>[]</c> when empty,
/// nulls omitted), without its global lock or per-value reflection. Returns false, leaving the builder as it was,
/// for any shape it does not reproduce with certainty; the caller then uses KubernetesYaml.
/// </summary>
internal static class ManifestYamlWriter
{
    private const int MaxCachedQuantities = 10_000;

    private static readonly YamlTypeShape StringShape = YamlTypeShape.Of(typeof(string));

    // ResourceQuantity.ToString canonicalises through big-number fractions; equal quantities have equal text.
    private static readonly ConcurrentDictionary<ResourceQuantity, string> QuantityTexts = new();

    public static bool TryWrite(StringBuilder output, object value) => TryWrite(output, value, holes: null);

    /// <summary>
    /// Writes like <see cref="TryWrite(StringBuilder, object)"/>, except that a string value containing the holes'
    /// placeholder is not written but recorded in <paramref name="holes"/>, to be filled in later.
    /// </summary>
    public static bool TryWrite(StringBuilder output, object value, PlaceholderHoles? holes)
    {
        var start = output.Length;
        var holeCount = holes?.Count ?? 0;
        try
        {
            var shape = YamlTypeShape.Of(value.GetType());
            if (shape.Kind != YamlValueKind.Object || !new Writer(output, holes).WriteObject(value, shape, indent: 0, afterDash: false))
            {
                throw new NotSupportedException();
            }

            return true;
        }
        catch (NotSupportedException)
        {
            output.Length = start;
            holes?.TruncateTo(holeCount);
            return false;
        }
    }

    /// <summary>One document being written: the output and, for a template, where its holes go.</summary>
    private readonly struct Writer(StringBuilder output, PlaceholderHoles? holes)
    {
        /// <summary>Writes the non-null properties; false when there are none (the caller writes <c>{}</c>).</summary>
        public bool WriteObject(object value, YamlTypeShape shape, int indent, bool afterDash)
        {
            var first = true;
            foreach (var property in shape.Properties)
            {
                if (property.Get(value) is not { } propertyValue)
                {
                    continue;
                }

                var key = property.Key ?? throw new NotSupportedException();
                WriteKey(key, indent, afterDash && first);
                first = false;
                WriteAfterKey(propertyValue, property.ShapeOf(propertyValue), indent, key.Length);
            }

            return !first;
        }

        private bool WriteDictionary(IDictionary dictionary, int indent, bool afterDash)
        {
            if (dictionary is IDictionary<string, string> strings)
            {
                return WriteStrings(strings, indent, afterDash);
            }

            var first = true;
            foreach (DictionaryEntry entry in dictionary)
            {
                // A null entry value is written as an empty scalar, not omitted: leave that to KubernetesYaml.
                if (entry.Value is null || entry.Key is not string key || YamlScalars.Key(key) is not { } keyText)
                {
                    throw new NotSupportedException();
                }

                WriteKey(keyText, indent, afterDash && first);
                first = false;
                WriteAfterKey(entry.Value, YamlTypeShape.Of(entry.Value.GetType()), indent, keyText.Length);
            }

            return !first;
        }

        /// <summary>Labels and annotations: the same entries in the same order, without boxing each one as a <see cref="DictionaryEntry"/>.</summary>
        private bool WriteStrings(IDictionary<string, string> dictionary, int indent, bool afterDash)
        {
            var first = true;
            foreach (var (key, value) in dictionary)
            {
                if (value is null || YamlScalars.Key(key) is not { } keyText)
                {
                    throw new NotSupportedException();
                }

                WriteKey(keyText, indent, afterDash && first);
                first = false;
                WriteAfterKey(value, StringShape, indent, keyText.Length);
            }

            return !first;
        }

        private void WriteKey(string key, int indent, bool sameLineAsDash)
        {
            if (!sameLineAsDash)
            {
                output.Append(' ', indent);
            }

            output.Append(key).Append(':');
        }

        /// <summary>After <c>key:</c>: a scalar or empty collection on the same line, a collection on the lines below.</summary>
        private void WriteAfterKey(object value, YamlTypeShape shape, int indent, int keyLength)
        {
            switch (shape.Kind)
            {
                case YamlValueKind.Object or YamlValueKind.Mapping:
                    WriteNested(value, shape, indent);
                    break;
                case YamlValueKind.Sequence:
                    WriteSequenceAfterKey((IEnumerable)value, indent);
                    break;
                default:
                    output.Append(' ');
                    AppendScalar(value, shape.Kind, indent + keyLength + 2, keyIndent: indent);
                    break;
            }
        }

        private void WriteNested(object value, YamlTypeShape shape, int indent)
        {
            output.Append('\n');
            var start = output.Length;
            var written = shape.Kind == YamlValueKind.Object
                ? WriteObject(value, shape, indent + 2, afterDash: false)
                : WriteDictionary((IDictionary)value, indent + 2, afterDash: false);
            if (!written)
            {
                output.Length = start - 1;
                output.Append(" {}\n");
            }
        }

        private void WriteSequenceAfterKey(IEnumerable items, int indent)
        {
            var any = false;
            if (items is IList list)
            {
                // Lists and arrays by index: no enumerator allocated and called through an interface per item.
                for (var i = 0; i < list.Count; i++)
                {
                    WriteSequenceItem(list[i], indent, ref any);
                }
            }
            else
            {
                foreach (var item in items)
                {
                    WriteSequenceItem(item, indent, ref any);
                }
            }

            if (!any)
            {
                output.Append(" []\n");
            }
        }

        private void WriteSequenceItem(object? item, int indent, ref bool any)
        {
            if (!any)
            {
                output.Append('\n');
                any = true;
            }

            output.Append(' ', indent).Append("- ");
            WriteItem(item, indent + 2);
        }

        /// <summary>After <c>- </c>: a scalar, or a mapping whose first entry shares the dash's line.</summary>
        private void WriteItem(object? item, int indent)
        {
            if (item is null)
            {
                throw new NotSupportedException();
            }

            var shape = YamlTypeShape.Of(item.GetType());
            var written = shape.Kind switch
            {
                YamlValueKind.Object => WriteObject(item, shape, indent, afterDash: true),
                YamlValueKind.Mapping => WriteDictionary((IDictionary)item, indent, afterDash: true),
                YamlValueKind.Sequence => throw new NotSupportedException(),
                _ => WriteScalarItem(item, shape.Kind, indent),
            };
            if (!written)
            {
                output.Append("{}\n");
            }
        }

        private bool WriteScalarItem(object item, YamlValueKind kind, int indent)
        {
            AppendScalar(item, kind, indent);
            return true;
        }

        /// <summary>
        /// A scalar and its line end; in a template, a string holding the placeholder becomes a hole instead. A
        /// multi-line string under a key (<paramref name="keyIndent"/>) may become a literal block.
        /// </summary>
        private void AppendScalar(object value, YamlValueKind kind, int column, int? keyIndent = null)
        {
            if (holes is not null && kind == YamlValueKind.String && holes.Holds((string)value))
            {
                holes.Add(output.Length, (string)value, column);
            }
            else if (kind == YamlValueKind.String && ((string)value).Contains('\n', StringComparison.Ordinal))
            {
                output.Append(keyIndent is { } indent ? YamlScalars.LiteralBlock((string)value, indent) ?? throw new NotSupportedException() : throw new NotSupportedException());
            }
            else
            {
                output.Append(Scalar(value, kind, column));
            }

            output.Append('\n');
        }
    }

    private static string CanonicalText(ResourceQuantity quantity)
    {
        if (QuantityTexts.TryGetValue(quantity, out var text))
        {
            return text;
        }

        text = quantity.ToString();
        if (QuantityTexts.Count < MaxCachedQuantities)
        {
            QuantityTexts.TryAdd(quantity, text);
        }

        return text;
    }

    private static string Scalar(object value, YamlValueKind kind, int column)
    {
        var text = kind switch
        {
            YamlValueKind.String => YamlScalars.String((string)value, column),
            YamlValueKind.Converted => value switch
            {
                IntOrString intOrString when intOrString.Value is { } s => YamlScalars.ConvertedValue(s, column),
                ResourceQuantity quantity => YamlScalars.ConvertedValue(CanonicalText(quantity), column),
                _ => null,
            },
            YamlValueKind.Integer => Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
            YamlValueKind.Boolean => (bool)value ? "true" : "false",
            _ => null,
        };
        return text ?? throw new NotSupportedException();
    }
}
