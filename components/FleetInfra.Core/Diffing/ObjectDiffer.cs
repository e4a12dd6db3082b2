using System.Collections.Immutable;
using FleetInfra.Core.Rendering;
using YamlDotNet.RepresentationModel;

namespace FleetInfra.Core.Diffing;

/// <summary>
/// Compares the rendered files of one cluster object by object (by apiVersion, kind, namespace and name). A file whose
/// text is unchanged is skipped without parsing, so that a small change to a large fleet costs about two renders.
/// </summary>
internal static class ObjectDiffer
{
    public static ImmutableArray<ObjectDiff> Compare(RenderedCluster? before, RenderedCluster? after)
    {
        var beforeFiles = FilesOf(before);
        var afterFiles = FilesOf(after);
        var result = ImmutableArray.CreateBuilder<ObjectDiff>();
        foreach (var path in beforeFiles.Keys.Union(afterFiles.Keys).Order(StringComparer.Ordinal))
        {
            var beforeText = beforeFiles.GetValueOrDefault(path);
            var afterText = afterFiles.GetValueOrDefault(path);
            if (beforeText == afterText)
            {
                continue;
            }

            var app = Path.GetFileNameWithoutExtension(path);
            var beforeObjects = Objects(beforeText);
            var afterObjects = Objects(afterText);
            foreach (var (key, node) in afterObjects)
            {
                if (!beforeObjects.TryGetValue(key, out var old))
                {
                    result.Add(Whole(key, app, DiffChange.Added));
                }
                else if (Changed(key, app, old, node) is { } changed)
                {
                    result.Add(changed);
                }
            }

            result.AddRange(beforeObjects.Keys.Where(k => !afterObjects.ContainsKey(k)).Select(k => Whole(k, app, DiffChange.Removed)));
        }

        return result.ToImmutable();
    }

    private static Dictionary<string, string> FilesOf(RenderedCluster? cluster) =>
        cluster?.Files.ToDictionary(f => f.RelativePath, f => f.Yaml, StringComparer.Ordinal) ?? [];

    private static ObjectDiff Whole(ObjectKey key, string app, DiffChange change) =>
        new(key.ApiVersion, key.Kind, key.Namespace, key.Name, app, change, [], []);

    private static ObjectDiff? Changed(ObjectKey key, string app, YamlNode before, YamlNode after)
    {
        var fields = YamlTreeDiff.Compare(before, after);
        if (fields.Count == 0)
        {
            return null;
        }

        var immutable = fields
            .Select(f => ImmutableFieldTable.ImmutableFieldOf(key.ApiVersion, key.Kind, f.Path))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToImmutableArray();
        return new ObjectDiff(key.ApiVersion, key.Kind, key.Namespace, key.Name, app, immutable.IsEmpty ? DiffChange.Changed : DiffChange.Replaced, [.. fields], immutable);
    }

    /// <summary>The documents of a rendered file by identity, in file (apply) order.</summary>
    private static List<KeyValuePair<ObjectKey, YamlNode>> ObjectsInOrder(string? yaml)
    {
        var objects = new List<KeyValuePair<ObjectKey, YamlNode>>();
        if (yaml is null)
        {
            return objects;
        }

        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        foreach (var document in stream.Documents)
        {
            if (document.RootNode is YamlMappingNode root)
            {
                var metadata = root.Children.TryGetValue(new YamlScalarNode("metadata"), out var m) ? m as YamlMappingNode : null;
                objects.Add(new(new ObjectKey(Text(root, "apiVersion") ?? string.Empty, Text(root, "kind") ?? string.Empty, metadata is null ? null : Text(metadata, "namespace"), metadata is null ? string.Empty : Text(metadata, "name") ?? string.Empty), root));
            }
        }

        return objects;
    }

    private static OrderedObjects Objects(string? yaml) => new(ObjectsInOrder(yaml));

    private static string? Text(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? scalar.Value : null;

    private readonly record struct ObjectKey(string ApiVersion, string Kind, string? Namespace, string Name);

    /// <summary>Objects by identity that enumerate in file order.</summary>
    private sealed class OrderedObjects(List<KeyValuePair<ObjectKey, YamlNode>> inOrder) : IEnumerable<KeyValuePair<ObjectKey, YamlNode>>
    {
        private readonly Dictionary<ObjectKey, YamlNode> _byKey = inOrder.ToDictionary(p => p.Key, p => p.Value);

        public IEnumerable<ObjectKey> Keys => inOrder.Select(p => p.Key);

        public bool ContainsKey(ObjectKey key) => _byKey.ContainsKey(key);

        public bool TryGetValue(ObjectKey key, out YamlNode value) => _byKey.TryGetValue(key, out value!);

        public IEnumerator<KeyValuePair<ObjectKey, YamlNode>> GetEnumerator() => inOrder.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
