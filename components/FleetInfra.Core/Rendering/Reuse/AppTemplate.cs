using System.Buffers;
using System.Text;
using FleetInfra.Core.Planning;
using FleetInfra.Core.Rendering.Emitting;

namespace FleetInfra.Core.Rendering.Reuse;

/// <summary>
/// An app's manifests rendered once for every cluster with the same <see cref="ClusterNamePlaceholder.TemplateKey"/>:
/// UTF-8 text with holes where the values holding the cluster name go, filled in per cluster exactly as the
/// writer writes those values.
/// </summary>
internal sealed class AppTemplate
{
    private readonly byte[] _text;
    private readonly int[] _holeOffsets;
    private readonly PlaceholderHole[] _holes;

    private AppTemplate(AppPlan app, byte[] text, int[] holeOffsets, PlaceholderHole[] holes)
    {
        App = app;
        _text = text;
        _holeOffsets = holeOffsets;
        _holes = holes;
    }

    /// <summary>The app with the placeholder for the cluster name (see <see cref="ClusterNamePlaceholder.Anonymous(AppPlan, string)"/>).</summary>
    public AppPlan App { get; }

    /// <summary>
    /// The template of <paramref name="app"/> as planned for <paramref name="cluster"/>, or null when the app must be
    /// rendered per cluster: its hosts' order could depend on the name, or a value holding the name is one only
    /// KubernetesYaml writes (in a key, or in an object the fast writer hands over).
    /// </summary>
    /// <remarks>The text is written in <paramref name="text"/>, a buffer the caller reuses; it is cleared first.</remarks>
    public static AppTemplate? TryCreate(ClusterPlan cluster, AppPlan app, StringBuilder text)
    {
        if (ClusterNamePlaceholder.Anonymous(app, cluster.Name) is not { } anonymousApp)
        {
            return null;
        }

        var anonymousCluster = ClusterNamePlaceholder.Anonymous(cluster);
        var holes = new PlaceholderHoles(ClusterNamePlaceholder.Value);
        text.Clear();
        ManifestYaml.Append(text, ClusterManifests.ForApp(anonymousCluster, anonymousApp, IIngressManifests.For(anonymousCluster.Ingress)), holes);
        // Read through a pooled copy: the text is only encoded, never kept.
        var chars = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            text.CopyTo(0, chars, text.Length);
            var literal = chars.AsSpan(0, text.Length);
            return literal.IndexOf(ClusterNamePlaceholder.Value, StringComparison.Ordinal) >= 0 ? null : Encode(anonymousApp, literal, holes.Holes);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>
    /// Whether <paramref name="other"/> writes the same bytes as this template for every cluster: the same text with the
    /// same holes (<c>fleet diff</c> skips the placements of an app whose template did not change).
    /// </summary>
    public bool WritesLike(AppTemplate other) =>
        ReferenceEquals(this, other)
        || (_text.AsSpan().SequenceEqual(other._text) && _holeOffsets.AsSpan().SequenceEqual(other._holeOffsets) && _holes.AsSpan().SequenceEqual(other._holes));

    /// <summary>Whether <see cref="TryWrite"/> places every value for the fill's cluster.</summary>
    public bool CanWrite(ClusterNameFill fill)
    {
        foreach (var hole in _holes)
        {
            if (fill.TextOf(hole) is null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Appends the text for the fill's cluster; false, with part of it written, when a value cannot be placed.</summary>
    public bool TryWrite(ClusterNameFill fill, IBufferWriter<byte> output)
    {
        var start = 0;
        for (var i = 0; i < _holes.Length; i++)
        {
            if (fill.TextOf(_holes[i]) is not { } value)
            {
                return false;
            }

            output.Write(_text.AsSpan(start, _holeOffsets[i] - start));
            output.Write(value);
            start = _holeOffsets[i];
        }

        output.Write(_text.AsSpan(start));
        return true;
    }

    private static AppTemplate Encode(AppPlan app, ReadOnlySpan<char> literal, IReadOnlyList<PlaceholderHole> holes)
    {
        var text = new byte[Encoding.UTF8.GetByteCount(literal)];
        var offsets = new int[holes.Count];
        var written = 0;
        var start = 0;
        for (var i = 0; i < holes.Count; i++)
        {
            written += Encoding.UTF8.GetBytes(literal[start..holes[i].Offset], text.AsSpan(written));
            offsets[i] = written;
            start = holes[i].Offset;
        }

        Encoding.UTF8.GetBytes(literal[start..], text.AsSpan(written));
        return new AppTemplate(app, text, offsets, [.. holes]);
    }
}
