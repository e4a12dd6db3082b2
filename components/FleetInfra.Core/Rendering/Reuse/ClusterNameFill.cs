using System.Collections.Concurrent;
using System.Text;
using FleetInfra.Core.Rendering.Emitting;

namespace FleetInfra.Core.Rendering.Reuse;

/// <summary>What one cluster writes into the holes of an <see cref="AppTemplate"/>: each value with its name, quoted as the writer quotes it.</summary>
internal sealed class ClusterNameFill(string clusterName)
{
    // The bare name fills the cluster label of every object: its text depends only on the column it starts at.
    private readonly ConcurrentDictionary<int, byte[]?> _nameByColumn = new();

    public string ClusterName => clusterName;

    /// <summary>The UTF-8 text of the hole's value for this cluster, or null when the fast writer could not place it.</summary>
    public byte[]? TextOf(PlaceholderHole hole) =>
        string.Equals(hole.Value, ClusterNamePlaceholder.Value, StringComparison.Ordinal)
            ? _nameByColumn.GetOrAdd(hole.Column, static (column, name) => Encode(name, column), clusterName)
            : Encode(hole.Value.Replace(ClusterNamePlaceholder.Value, clusterName, StringComparison.Ordinal), hole.Column);

    private static byte[]? Encode(string value, int column) =>
        YamlScalars.String(value, column) is { } text ? Encoding.UTF8.GetBytes(text) : null;
}
