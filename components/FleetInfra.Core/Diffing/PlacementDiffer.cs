using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;
using FleetInfra.Core.Rendering.Reuse;

namespace FleetInfra.Core.Diffing;

/// <summary>
/// Compares the two sides' files of each app on a cluster without keeping any file. An app written from templates with
/// the same text on both sides is unchanged on every cluster of the group, so it is skipped without writing a byte;
/// other files are written into per-thread buffers and compared, and only those whose bytes differ go on to
/// <see cref="ObjectDiffer"/>, once per template pair where both sides are templated (<see cref="TemplatePairChanges"/>).
/// The result is what <see cref="ObjectDiffer.Compare(string, IEnumerable{ValueTuple{string, byte[], byte[]}})"/> gives
/// for the fully rendered files.
/// </summary>
internal sealed class PlacementDiffer(RenderedSide before, RenderedSide after)
{
    private readonly ObjectDiffer _objects = new();
    private readonly ConcurrentDictionary<(AppTemplate Before, AppTemplate After), bool> _sameText = new(TemplatePairComparer.Instance);
    private readonly ConcurrentDictionary<(AppTemplate Before, AppTemplate After), TemplatePairChanges> _changes = new(TemplatePairComparer.Instance);

    /// <summary>
    /// The changes of one cluster, file by file in the order of <paramref name="apps"/>. The files are compared starting
    /// at the app <paramref name="firstApp"/> and around: clusters compared at the same time then parse different apps'
    /// changes instead of waiting for each other's.
    /// </summary>
    public ImmutableArray<ObjectDiff> Compare(string cluster, IReadOnlyList<string> apps, int firstApp, Buffers buffers)
    {
        var changes = new ImmutableArray<ObjectDiff>[apps.Count];
        for (var n = 0; n < apps.Count; n++)
        {
            var i = (firstApp + n) % apps.Count;
            changes[i] = CompareApp(cluster, apps[i], buffers);
        }

        return [.. changes.SelectMany(c => c)];
    }

    private ImmutableArray<ObjectDiff> CompareApp(string cluster, string app, Buffers buffers)
    {
        var was = before.Find(cluster, app);
        var now = after.Find(cluster, app);
        if (was?.Template is { } wasTemplate && now?.Template is { } nowTemplate)
        {
            if (_sameText.GetOrAdd((wasTemplate, nowTemplate), static pair => pair.Before.WritesLike(pair.After)))
            {
                // The same text and holes filled for the same cluster name: both sides write the same bytes from their
                // templates, or neither writes from its template (then both are compared as rendered directly, below).
                if (wasTemplate.CanWrite(was.Value.Cluster.Fill))
                {
                    return [];
                }
            }
            else if (was.Value.WriteFromTemplate(buffers.Before) is { } wasBytesFromTemplate
                && now.Value.WriteFromTemplate(buffers.After) is { } nowBytesFromTemplate)
            {
                // Equal files read as an anonymous pair without changes, so they need no check of their own here.
                return _changes.GetOrAdd((wasTemplate, nowTemplate), static _ => new TemplatePairChanges())
                    .Compare(cluster, app, wasBytesFromTemplate.Span, nowBytesFromTemplate.Span, _objects);
            }
        }

        var wasBytes = was?.Write(buffers.Before);
        var nowBytes = now?.Write(buffers.After);
        if (wasBytes is { } b && nowBytes is { } a && b.Span.SequenceEqual(a.Span))
        {
            return [];
        }

        return _objects.CompareFile(cluster, app, Text(wasBytes), Text(nowBytes));
    }

    private static string? Text(ReadOnlyMemory<byte>? bytes) => bytes is { } b ? Encoding.UTF8.GetString(b.Span) : null;

    /// <summary>One thread's buffers: the base's file and the working tree's, alive together.</summary>
    internal sealed class Buffers
    {
        public RenderBuffers Before { get; } = new();

        public RenderBuffers After { get; } = new();
    }

    /// <summary>Template pairs by identity: the templates of one side live, unchanged, as long as the diff.</summary>
    private sealed class TemplatePairComparer : IEqualityComparer<(AppTemplate Before, AppTemplate After)>
    {
        public static readonly TemplatePairComparer Instance = new();

        public bool Equals((AppTemplate Before, AppTemplate After) x, (AppTemplate Before, AppTemplate After) y) =>
            ReferenceEquals(x.Before, y.Before) && ReferenceEquals(x.After, y.After);

        public int GetHashCode((AppTemplate Before, AppTemplate After) pair) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(pair.Before), System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(pair.After));
    }
}
