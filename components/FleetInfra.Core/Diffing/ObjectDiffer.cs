using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;
using FleetInfra.Core.Rendering;
using YamlDotNet.RepresentationModel;

namespace FleetInfra.Core.Diffing;

/// <summary>
/// Compares the rendered files of a cluster object by object (by apiVersion, kind, namespace and name). Only files whose
/// bytes differ are parsed, and only their documents that differ; a change that is the same on many clusters up to their
/// names (the usual case: an intent change on clusters rendered from one template) is parsed and compared once, then
/// named per cluster.
/// </summary>
internal sealed class ObjectDiffer
{
    /// <summary>Stands for the cluster name in the texts compared once for many clusters: a private-use character YAML accepts and FleetInfra never writes.</summary>
    public const string Placeholder = "\uE000";

    /// <summary>The placeholder as UTF-8.</summary>
    internal static readonly byte[] PlaceholderUtf8 = Encoding.UTF8.GetBytes(Placeholder);

    /// <summary>Where a document other than the first starts: a line break, then the writer's <c>---</c> line.</summary>
    private const string DocumentStart = "\n" + ManifestYaml.DocumentSeparator;

    private static readonly byte[] DocumentStartUtf8 = Encoding.UTF8.GetBytes(DocumentStart);

    // By app and the documents that differ, the cluster's name replaced by the placeholder: clusters of other groups
    // (EKS and GKE) share a changed Deployment whose other documents differ.
    private readonly ConcurrentDictionary<(string App, string? Before, string? After), Lazy<ImmutableArray<ObjectDiff>>> _byDocuments = new();

    /// <summary>The changes of one cluster, file by file in app order, from the files whose bytes differ.</summary>
    public ImmutableArray<ObjectDiff> Compare(string cluster, IEnumerable<(string App, byte[]? Before, byte[]? After)> files)
    {
        var result = ImmutableArray.CreateBuilder<ObjectDiff>();
        foreach (var (app, before, after) in files)
        {
            if (before is not null && after is not null && before.AsSpan().SequenceEqual(after))
            {
                continue;
            }

            result.AddRange(CompareFile(cluster, app, Text(before), Text(after)));
        }

        return result.ToImmutable();
    }

    /// <summary>Two renders of a cluster compared file by file (tests and library callers holding <see cref="RenderedCluster"/>s).</summary>
    public static ImmutableArray<ObjectDiff> Compare(RenderedCluster? before, RenderedCluster? after)
    {
        var beforeFiles = FilesOf(before);
        var afterFiles = FilesOf(after);
        var name = (after ?? before)?.Name ?? string.Empty;
        return new ObjectDiffer().Compare(name, beforeFiles.Keys.Union(afterFiles.Keys).Order(StringComparer.Ordinal)
            .Select(path => (Path.GetFileNameWithoutExtension(path), Bytes(beforeFiles.GetValueOrDefault(path)), Bytes(afterFiles.GetValueOrDefault(path)))));
    }

    /// <summary>The changes of one app's file on one cluster (null where the file is absent).</summary>
    public ImmutableArray<ObjectDiff> CompareFile(string cluster, string app, string? before, string? after) =>
        Anonymous(cluster, app, before, after) is { } anonymous ? Named(anonymous.Changes, cluster) : CompareTexts(app, before, after);

    /// <summary>
    /// The file pair with the cluster's name replaced by <see cref="Placeholder"/>, and its changes in those terms (see
    /// <see cref="Named(ImmutableArray{ObjectDiff}, string)"/>); null when the files must be compared as they are: a text
    /// already holds the placeholder, or the name occurs in a key (a cluster named <c>n</c> is in every <c>name:</c>).
    /// </summary>
    public AnonymousFile? Anonymous(string cluster, string app, string? before, string? after)
    {
        if (cluster.Length == 0 || (before?.Contains(Placeholder, StringComparison.Ordinal) ?? false) || (after?.Contains(Placeholder, StringComparison.Ordinal) ?? false)
            || !OccursOnlyInValues(before, cluster) || !OccursOnlyInValues(after, cluster))
        {
            return null;
        }

        before = before?.Replace(cluster, Placeholder, StringComparison.Ordinal);
        after = after?.Replace(cluster, Placeholder, StringComparison.Ordinal);
        var (changedBefore, changedAfter) = ChangedDocuments(before, after);
        return new AnonymousFile(before, after, ChangesOf(app, changedBefore, changedAfter));
    }

    /// <summary>
    /// <see cref="Anonymous(string, string, string?, string?)"/> of two files present on both sides, as UTF-8 (the name as
    /// UTF-8 too, and the texts known to be without the placeholder): the same result, with only the documents that differ
    /// decoded (an occurrence of the name's bytes is an occurrence of the name, and documents split at ASCII lines).
    /// </summary>
    public (byte[] Before, byte[] After, ImmutableArray<ObjectDiff> Changes)? Anonymous(string app, ReadOnlySpan<byte> before, ReadOnlySpan<byte> after, ReadOnlySpan<byte> name)
    {
        if (!OccursOnlyInValues(before, name) || !OccursOnlyInValues(after, name))
        {
            return null;
        }

        var anonymousBefore = Replace(before, name, PlaceholderUtf8);
        var anonymousAfter = Replace(after, name, PlaceholderUtf8);
        var beforeDocuments = Documents<byte>(anonymousBefore, DocumentStartUtf8);
        var afterDocuments = Documents<byte>(anonymousAfter, DocumentStartUtf8);
        var changedBefore = Decode(anonymousBefore, Kept<byte>(anonymousBefore, beforeDocuments, anonymousAfter, afterDocuments));
        var changedAfter = Decode(anonymousAfter, Kept<byte>(anonymousAfter, afterDocuments, anonymousBefore, beforeDocuments));
        return (anonymousBefore, anonymousAfter, ChangesOf(app, changedBefore, changedAfter));
    }

    /// <summary>The changes between the documents that differ, the cluster's name replaced by the placeholder, compared once for all clusters and files that have them.</summary>
    private ImmutableArray<ObjectDiff> ChangesOf(string app, string? changedBefore, string? changedAfter) =>
        _byDocuments.GetOrAdd((app, changedBefore, changedAfter), k => new Lazy<ImmutableArray<ObjectDiff>>(() => CompareChanged(k.App, k.Before, k.After))).Value;

    /// <summary>
    /// Whether the name occurs in the text's values only, never in (a part of) a key: a key is what a line holds, after its
    /// indentation and <c>- </c> markers, before its first <c>": "</c> or its closing <c>:</c> (a line of a quoted or
    /// literal value that looks like that counts too, which only costs the shortcut). Replacing the name in values changes
    /// each the same way, so the comparison is the same up to the name.
    /// </summary>
    private static bool OccursOnlyInValues(string? text, string name)
    {
        if (text is null)
        {
            return true;
        }

        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            var lineStart = at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
            var lineEnd = text.IndexOf('\n', at) is var newline and >= 0 ? newline : text.Length;
            if (StartsInKey(text.AsSpan(lineStart, lineEnd - lineStart), at - lineStart))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><see cref="OccursOnlyInValues(string?, string)"/> on UTF-8: each line holding the name is decoded and read the same way.</summary>
    private static bool OccursOnlyInValues(ReadOnlySpan<byte> text, ReadOnlySpan<byte> name)
    {
        var at = text.IndexOf(name);
        while (at >= 0)
        {
            var lineStart = text[..at].LastIndexOf((byte)'\n') + 1;
            var lineEnd = text[at..].IndexOf((byte)'\n') is var newline and >= 0 ? at + newline : text.Length;
            if (StartsInKey(Encoding.UTF8.GetString(text[lineStart..lineEnd]), Encoding.UTF8.GetCharCount(text[lineStart..at])))
            {
                return false;
            }

            var next = text[(at + name.Length)..].IndexOf(name);
            at = next < 0 ? -1 : at + name.Length + next;
        }

        return true;
    }

    /// <summary>Whether the text at <paramref name="at"/> of the line is (in) its key; see <see cref="OccursOnlyInValues(string?, string)"/>.</summary>
    private static bool StartsInKey(ReadOnlySpan<char> line, int at)
    {
        var content = 0;
        while (content < line.Length && (line[content] == ' ' || (line[content] == '-' && content + 1 < line.Length && line[content + 1] == ' ')))
        {
            content++;
        }

        var separator = line[content..].IndexOf(": ", StringComparison.Ordinal);
        var keyEnd = separator >= 0 ? content + separator : line.TrimEnd().EndsWith(':') ? line.TrimEnd().Length - 1 : -1;
        return at < keyEnd;
    }

    /// <summary>The text with every occurrence of <paramref name="name"/> replaced, left to right, like <see cref="string.Replace(string, string?, StringComparison)"/>.</summary>
    private static byte[] Replace(ReadOnlySpan<byte> text, ReadOnlySpan<byte> name, ReadOnlySpan<byte> replacement)
    {
        var count = 0;
        for (var rest = text; rest.IndexOf(name) is var at and >= 0; rest = rest[(at + name.Length)..])
        {
            count++;
        }

        var result = new byte[text.Length + (count * (replacement.Length - name.Length))];
        var output = result.AsSpan();
        for (var rest = text; ; )
        {
            var at = rest.IndexOf(name);
            if (at < 0)
            {
                rest.CopyTo(output);
                return result;
            }

            rest[..at].CopyTo(output);
            replacement.CopyTo(output[at..]);
            output = output[(at + replacement.Length)..];
            rest = rest[(at + name.Length)..];
        }
    }

    /// <summary>The changes with the placeholder replaced by the cluster's name.</summary>
    /// <remarks>A change without the placeholder (the usual changed Deployment) is the same for every cluster, so it is shared, not copied.</remarks>
    public static ImmutableArray<ObjectDiff> Named(ImmutableArray<ObjectDiff> changes, string cluster) =>
        changes.Any(MentionsPlaceholder) ? [.. changes.Select(c => MentionsPlaceholder(c) ? Named(c, cluster) : c)] : changes;

    private static bool MentionsPlaceholder(ObjectDiff change)
    {
        static bool Holds(string? text) => text is not null && text.Contains(Placeholder, StringComparison.Ordinal);
        return Holds(change.Namespace) || Holds(change.Name)
            || change.Fields.Any(f => Holds(f.Path) || Holds(f.Before) || Holds(f.After))
            || change.ImmutableFields.Any(Holds);
    }

    /// <summary>The change with the placeholder replaced by the cluster's name.</summary>
    private static ObjectDiff Named(ObjectDiff change, string cluster)
    {
        string? Fill(string? text) => text?.Replace(Placeholder, cluster, StringComparison.Ordinal);
        return change with
        {
            Namespace = Fill(change.Namespace),
            Name = Fill(change.Name)!,
            Fields = [.. change.Fields.Select(f => new FieldChange(Fill(f.Path)!, Fill(f.Before), Fill(f.After)))],
            ImmutableFields = [.. change.ImmutableFields.Select(f => Fill(f)!)],
        };
    }

    private static ImmutableArray<ObjectDiff> CompareTexts(string app, string? beforeText, string? afterText)
    {
        var (before, after) = ChangedDocuments(beforeText, afterText);
        return CompareChanged(app, before, after);
    }

    /// <summary>
    /// The two texts without the documents that are on both sides: a document whose text is on both sides is the same
    /// object unchanged, so only the others are parsed. A missing file stays null.
    /// </summary>
    private static (string? Before, string? After) ChangedDocuments(string? beforeText, string? afterText)
    {
        var beforeDocuments = beforeText is null ? [] : Documents(beforeText.AsSpan(), DocumentStart);
        var afterDocuments = afterText is null ? [] : Documents(afterText.AsSpan(), DocumentStart);
        return (
            beforeText is null ? null : Concat(beforeText, Kept(beforeText.AsSpan(), beforeDocuments, afterText.AsSpan(), afterDocuments)),
            afterText is null ? null : Concat(afterText, Kept(afterText.AsSpan(), afterDocuments, beforeText.AsSpan(), beforeDocuments)));
    }

    /// <summary>The documents of <paramref name="text"/> whose text is not one of <paramref name="other"/>'s, in order (compared in place: files are kilobytes).</summary>
    private static List<Range> Kept<T>(ReadOnlySpan<T> text, List<Range> documents, ReadOnlySpan<T> other, List<Range> otherDocuments)
        where T : IEquatable<T>
    {
        var kept = new List<Range>(documents.Count);
        foreach (var document in documents)
        {
            var span = text[document];
            var unchanged = false;
            foreach (var range in otherDocuments)
            {
                unchanged |= other[range].SequenceEqual(span);
            }

            if (!unchanged)
            {
                kept.Add(document);
            }
        }

        return kept;
    }

    private static string Concat(string text, List<Range> documents)
    {
        var kept = new StringBuilder();
        foreach (var document in documents)
        {
            kept.Append(text.AsSpan(document));
        }

        return kept.ToString();
    }

    private static string Decode(byte[] text, List<Range> documents)
    {
        var kept = new StringBuilder();
        foreach (var document in documents)
        {
            kept.Append(Encoding.UTF8.GetString(text.AsSpan(document)));
        }

        return kept.ToString();
    }

    /// <summary>The changes between the documents that differ, in file order: added and changed objects, then removed ones.</summary>
    private static ImmutableArray<ObjectDiff> CompareChanged(string app, string? beforeText, string? afterText)
    {
        var result = ImmutableArray.CreateBuilder<ObjectDiff>();
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
        return result.ToImmutable();
    }

    /// <summary>Where the documents of a rendered file are, each with its <c>---</c> line (the writer starts every document with one).</summary>
    private static List<Range> Documents<T>(ReadOnlySpan<T> text, ReadOnlySpan<T> documentStart)
        where T : IEquatable<T>
    {
        var documents = new List<Range>();
        var start = 0;
        while (start < text.Length)
        {
            var next = text[start..].IndexOf(documentStart);
            var end = next < 0 ? text.Length : start + next + 1;
            documents.Add(start..end);
            start = end;
        }

        return documents;
    }

    private static string? Text(byte[]? bytes) => bytes is null ? null : Encoding.UTF8.GetString(bytes);

    private static byte[]? Bytes(string? text) => text is null ? null : Encoding.UTF8.GetBytes(text);

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
                var metadata = YamlTreeDiff.Child(root, "metadata") as YamlMappingNode;
                objects.Add(new(new ObjectKey(Text(root, "apiVersion") ?? string.Empty, Text(root, "kind") ?? string.Empty, metadata is null ? null : Text(metadata, "namespace"), metadata is null ? string.Empty : Text(metadata, "name") ?? string.Empty), root));
            }
        }

        return objects;
    }

    private static OrderedObjects Objects(string? yaml) => new(ObjectsInOrder(yaml));

    private static string? Text(YamlMappingNode mapping, string key) =>
        YamlTreeDiff.Child(mapping, key) is YamlScalarNode scalar ? scalar.Value : null;

    /// <summary>A file pair with the cluster's name replaced by the placeholder, and its changes in those terms.</summary>
    public sealed record AnonymousFile(string? Before, string? After, ImmutableArray<ObjectDiff> Changes);

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
