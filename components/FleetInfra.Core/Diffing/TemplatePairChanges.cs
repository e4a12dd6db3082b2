using System.Collections.Immutable;
using System.Text;

namespace FleetInfra.Core.Diffing;

/// <summary>
/// The changes of one app between its base template and its working-tree template. Its files on the clusters of a
/// group differ only where the cluster name is filled in, so their anonymous texts (the name replaced by
/// <see cref="ObjectDiffer.Placeholder"/>) are nearly always one pair: that pair is compared once, and each further
/// cluster only checks, byte by byte and without building any text, that its files read as the same pair.
/// </summary>
internal sealed class TemplatePairChanges
{
    private static ReadOnlySpan<byte> PlaceholderUtf8 => ObjectDiffer.PlaceholderUtf8;

    private readonly Lock _adding = new();
    private ImmutableArray<Known> _known = [];

    /// <summary>What <see cref="ObjectDiffer.CompareFile"/> returns for the two files, found by matching an anonymous pair already compared where one fits.</summary>
    public ImmutableArray<ObjectDiff> Compare(string cluster, string app, ReadOnlySpan<byte> before, ReadOnlySpan<byte> after, ObjectDiffer differ)
    {
        if (cluster.Length == 0 || before.IndexOf(PlaceholderUtf8) >= 0 || after.IndexOf(PlaceholderUtf8) >= 0)
        {
            return differ.CompareFile(cluster, app, Encoding.UTF8.GetString(before), Encoding.UTF8.GetString(after));
        }

        var name = Encoding.UTF8.GetBytes(cluster);
        foreach (var known in _known)
        {
            if (ReadsAs(before, name, known.Before) && ReadsAs(after, name, known.After))
            {
                return ObjectDiffer.Named(known.Changes, cluster);
            }
        }

        if (differ.Anonymous(app, before, after, name) is not { } anonymous)
        {
            return differ.CompareFile(cluster, app, Encoding.UTF8.GetString(before), Encoding.UTF8.GetString(after));
        }

        lock (_adding)
        {
            _known = _known.Add(new Known(anonymous.Before, anonymous.After, anonymous.Changes));
        }

        return ObjectDiffer.Named(anonymous.Changes, cluster);
    }

    /// <summary>
    /// Whether <paramref name="file"/> with every occurrence of <paramref name="name"/> replaced by the placeholder, left
    /// to right as <see cref="string.Replace(string, string, StringComparison)"/> does, is <paramref name="anonymous"/>.
    /// On UTF-8 text an occurrence of the name's bytes is an occurrence of the name.
    /// </summary>
    internal static bool ReadsAs(ReadOnlySpan<byte> file, ReadOnlySpan<byte> name, ReadOnlySpan<byte> anonymous)
    {
        while (true)
        {
            var next = file.IndexOf(name);
            if (next < 0)
            {
                return file.SequenceEqual(anonymous);
            }

            if (anonymous.Length < next + PlaceholderUtf8.Length
                || !file[..next].SequenceEqual(anonymous[..next])
                || !anonymous.Slice(next, PlaceholderUtf8.Length).SequenceEqual(PlaceholderUtf8))
            {
                return false;
            }

            file = file[(next + name.Length)..];
            anonymous = anonymous[(next + PlaceholderUtf8.Length)..];
        }
    }

    /// <summary>An anonymous file pair already compared, as UTF-8, and its changes with the placeholder.</summary>
    private sealed record Known(byte[] Before, byte[] After, ImmutableArray<ObjectDiff> Changes);
}
