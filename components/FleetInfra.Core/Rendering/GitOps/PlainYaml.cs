using System.Collections;
using FleetInfra.Core.Rendering.Emitting;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace FleetInfra.Core.Rendering.GitOps;

/// <summary>
/// Writes a small tree of maps, lists, strings and booleans as block YAML through YamlDotNet's emitter (no reflection,
/// so the native <c>fleet</c> writes it too): maps in their own order, lists indented under their key, text quoted
/// only where a reader could take it for something else.
/// </summary>
internal static class PlainYaml
{
    private static readonly EmitterSettings Settings = EmitterSettings.Default.WithIndentedSequences();

    public static string Serialize(object tree)
    {
        using var writer = new StringWriter();
        var emitter = new Emitter(writer, Settings);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        Write(emitter, tree);
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return writer.ToString();
    }

    private static void Write(IEmitter emitter, object value)
    {
        switch (value)
        {
            case string text:
                emitter.Emit(Scalar(text));
                break;
            case bool flag:
                emitter.Emit(new Scalar(null, null, flag ? "true" : "false", ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false));
                break;
            case IDictionary map:
                emitter.Emit(new MappingStart(null, null, isImplicit: true, MappingStyle.Block));
                foreach (DictionaryEntry entry in map)
                {
                    emitter.Emit(Scalar((string)entry.Key));
                    Write(emitter, entry.Value!);
                }

                emitter.Emit(new MappingEnd());
                break;
            case IEnumerable list:
                emitter.Emit(new SequenceStart(null, null, isImplicit: true, SequenceStyle.Block));
                foreach (var item in list)
                {
                    Write(emitter, item!);
                }

                emitter.Emit(new SequenceEnd());
                break;
            default:
                throw new NotSupportedException($"{value.GetType().Name} is not a map, list, string or boolean");
        }
    }

    private static Scalar Scalar(string text)
    {
        var plain = YamlScalars.IsPlainSafe(text) && !YamlScalars.ReadAsNumberByYaml11(text)
            && text is not ("true" or "false" or "True" or "False" or "TRUE" or "FALSE" or "yes" or "no" or "on" or "off" or "y" or "n" or "null" or "Null" or "NULL" or "~");
        return new Scalar(null, null, text, plain ? ScalarStyle.Plain : ScalarStyle.DoubleQuoted, isPlainImplicit: plain, isQuotedImplicit: !plain);
    }
}
