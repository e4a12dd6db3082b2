using System.Text;
using k8s;

namespace FleetInfra.Core.Rendering;

/// <summary>Serializes objects as a multi-document YAML stream with KubernetesClient's serializer.</summary>
public static class ManifestYaml
{
    public const string DocumentSeparator = "---\n";

    public static string Serialize(IEnumerable<IKubernetesObject> objects)
    {
        var builder = new StringBuilder();
        foreach (var item in objects)
        {
            builder.Append(DocumentSeparator);
            builder.Append(KubernetesYaml.Serialize(item).ReplaceLineEndings("\n"));
            if (builder[^1] != '\n')
            {
                builder.Append('\n');
            }
        }

        return builder.ToString();
    }
}
