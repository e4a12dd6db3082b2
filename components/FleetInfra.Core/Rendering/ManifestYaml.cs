using System.Runtime.CompilerServices;
using System.Text;
using FleetInfra.Core.Rendering.Emitting;
using k8s;

namespace FleetInfra.Core.Rendering;

/// <summary>
/// Serializes objects as a multi-document YAML stream, byte-identical to KubernetesClient's KubernetesYaml:
/// a fast writer handles the shapes it reproduces exactly and hands anything else to KubernetesYaml itself.
/// </summary>
public static class ManifestYaml
{
    public const string DocumentSeparator = "---\n";

    public static string Serialize(IEnumerable<IKubernetesObject> objects)
    {
        var builder = new StringBuilder();
        Append(builder, objects);
        return builder.ToString();
    }

    /// <summary>Appends the documents to a builder, so that callers can reuse one buffer for many files.</summary>
    public static void Append(StringBuilder builder, IEnumerable<IKubernetesObject> objects) => Append(builder, objects, holes: null);

    /// <summary>
    /// Appends the documents, leaving out every string value that holds the holes' placeholder (see
    /// <see cref="ManifestYamlWriter.TryWrite(StringBuilder, object, PlaceholderHoles?)"/>). An object handed to
    /// KubernetesYaml is written whole, placeholder included.
    /// </summary>
    internal static void Append(StringBuilder builder, IEnumerable<IKubernetesObject> objects, PlaceholderHoles? holes)
    {
        foreach (var item in objects)
        {
            builder.Append(DocumentSeparator);
            if (!ManifestYamlWriter.TryWrite(builder, item, holes))
            {
                AppendWithKubernetesYaml(builder, item);
            }
        }
    }

    /// <summary>
    /// The reference serializer's text, for shapes the fast writer does not cover: KubernetesYaml's events replayed on
    /// YamlDotNet's emitter (<see cref="ReferenceYamlEmitter"/>), or, for values of other kinds (floats, dates, byte
    /// arrays, which nothing FleetInfra renders holds), KubernetesYaml itself, which only the JIT build carries.
    /// </summary>
    internal static void AppendWithKubernetesYaml(StringBuilder builder, object item)
    {
        var yaml = ReferenceYamlEmitter.TrySerialize(item)
            ?? (RuntimeFeature.IsDynamicCodeSupported
                ? KubernetesYaml.Serialize(item)
                : throw new NotSupportedException($"{item.GetType().Name} holds values the native fleet cannot write as YAML; run the JIT build (dotnet run --project infra/FleetInfra.Cli)"));
        builder.Append(yaml.ReplaceLineEndings("\n"));
        if (builder[^1] != '\n')
        {
            builder.Append('\n');
        }
    }
}
