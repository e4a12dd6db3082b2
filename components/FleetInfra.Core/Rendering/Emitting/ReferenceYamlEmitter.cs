using System.Collections;
using System.Text;
using System.Text.RegularExpressions;
using k8s.Models;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.Schemas;

namespace FleetInfra.Core.Rendering.Emitting;

/// <summary>
/// KubernetesClient's <c>KubernetesYaml.Serialize</c> rebuilt on YamlDotNet's emitter, without its reflection-based
/// serializer (which native builds cannot carry): for every value it sends the emitter exactly the events that
/// serializer sends, so the emitter writes the same text.
/// </summary>
/// <remarks>
/// KubernetesYaml's serializer: camelCase names with <c>[JsonPropertyName]</c> overrides, nulls omitted, no aliases,
/// its int-or-string and quantity converters (a plain scalar of the text), its <c>StringQuotingEmitter</c> (double
/// quotes for YAML 1.1 booleans, nulls and numbers, a literal block for text with a line break) over YamlDotNet's
/// <c>TypeAssigningEventEmitter</c> (string, int, bool and null tags, implicit). Property order and names come from
/// <see cref="YamlTypeShape"/>, which the fast writer uses too. Values of kinds the fast writer does not read
/// (<see cref="YamlValueKind.Unsupported"/>: floats, dates, byte arrays, enums) are not handled: null is returned.
/// <c>ManifestYamlEquivalenceTests</c> compares the result with KubernetesYaml itself.
/// </remarks>
internal static partial class ReferenceYamlEmitter
{
    /// <summary>The text of one document as KubernetesYaml.Serialize writes it, or null for a value it does not handle.</summary>
    public static string? TrySerialize(object value)
    {
        var text = new StringBuilder();
        using var writer = new StringWriter(text);
        var emitter = new Emitter(writer);

        // KubernetesYaml.Serialize starts a stream and a document and leaves both open.
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart());
        try
        {
            EmitValue(emitter, value);
        }
        catch (UnsupportedValueException)
        {
            return null;
        }

        return text.ToString();
    }

    // KubernetesClient's StringQuotingEmitter pattern: YAML 1.1 booleans, nulls and numbers (and the empty string).
    [GeneratedRegex(@"^(\~|null|Null|NULL|true|True|TRUE|false|False|FALSE|y|Y|yes|Yes|YES|on|On|ON|n|N|no|No|NO|off|Off|OFF|-?(0|[0-9]*)(\.[0-9]*)?([eE][-+]?[0-9]+)?)?$")]
    private static partial Regex QuotedByKubernetesYaml();

    private static void EmitValue(IEmitter emitter, object? value)
    {
        if (value is null)
        {
            // A null entry of a map or list (properties that are null are left out).
            emitter.Emit(new Scalar(default, JsonSchema.Tags.Null, string.Empty, ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false));
            return;
        }

        var shape = YamlTypeShape.Of(value.GetType());
        switch (shape.Kind)
        {
            case YamlValueKind.String:
                EmitString(emitter, (string)value, ScalarStyle.Any);
                break;
            case YamlValueKind.Converted:
                // IntOrStringYamlConverter and ResourceQuantityYamlConverter emit a bare scalar of the text.
                emitter.Emit(new Scalar(value is IntOrString intOrString ? intOrString.Value : value.ToString()!));
                break;
            case YamlValueKind.Integer:
                emitter.Emit(new Scalar(default, JsonSchema.Tags.Int, YamlFormatter.Default.FormatNumber(value), ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false));
                break;
            case YamlValueKind.Boolean:
                emitter.Emit(new Scalar(default, JsonSchema.Tags.Bool, YamlFormatter.Default.FormatBoolean(value), ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false));
                break;
            case YamlValueKind.Mapping:
                emitter.Emit(new MappingStart(default, default, isImplicit: false, MappingStyle.Any));
                foreach (DictionaryEntry entry in (IDictionary)value)
                {
                    EmitString(emitter, entry.Key as string ?? throw new UnsupportedValueException(), ScalarStyle.Any);
                    EmitValue(emitter, entry.Value);
                }

                emitter.Emit(new MappingEnd());
                break;
            case YamlValueKind.Sequence:
                emitter.Emit(new SequenceStart(default, default, isImplicit: false, SequenceStyle.Any));
                foreach (var item in (IEnumerable)value)
                {
                    EmitValue(emitter, item);
                }

                emitter.Emit(new SequenceEnd());
                break;
            case YamlValueKind.Object:
                emitter.Emit(new MappingStart(default, default, isImplicit: false, MappingStyle.Any));
                foreach (var property in shape.Properties)
                {
                    if (property.Get(value) is { } propertyValue)
                    {
                        // Property names are traversed as plain-style strings; map keys keep the default style.
                        EmitString(emitter, property.Name, ScalarStyle.Plain);
                        EmitValue(emitter, propertyValue);
                    }
                }

                emitter.Emit(new MappingEnd());
                break;
            default:
                throw new UnsupportedValueException();
        }
    }

    private static void EmitString(IEmitter emitter, string text, ScalarStyle style)
    {
        if (QuotedByKubernetesYaml().IsMatch(text))
        {
            style = ScalarStyle.DoubleQuoted;
        }
        else if (text.Contains('\n', StringComparison.Ordinal))
        {
            style = ScalarStyle.Literal;
        }

        emitter.Emit(new Scalar(default, FailsafeSchema.Tags.Str, text, style, isPlainImplicit: true, isQuotedImplicit: false));
    }

    private sealed class UnsupportedValueException : Exception;
}
