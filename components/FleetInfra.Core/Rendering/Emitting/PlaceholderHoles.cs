namespace FleetInfra.Core.Rendering.Emitting;

/// <summary>
/// The string values of a document that contain a placeholder, recorded where they go instead of being written,
/// so that the text can be completed later with the real value in place of the placeholder.
/// </summary>
internal sealed class PlaceholderHoles(string placeholder)
{
    private readonly List<PlaceholderHole> _holes = [];

    public string Placeholder => placeholder;

    public int Count => _holes.Count;

    public IReadOnlyList<PlaceholderHole> Holes => _holes;

    public bool Holds(string value) => value.Contains(placeholder, StringComparison.Ordinal);

    public void Add(int offset, string value, int column) => _holes.Add(new PlaceholderHole(offset, value, column));

    /// <summary>Forgets the holes of a document that was written again by KubernetesYaml.</summary>
    public void TruncateTo(int count) => _holes.RemoveRange(count, _holes.Count - count);
}

/// <summary>A string value left out of a document.</summary>
/// <param name="Offset">Where the value goes in the document's text.</param>
/// <param name="Value">The value, with the placeholder.</param>
/// <param name="Column">The column the value starts at: it decides whether a quoted value still fits on its line.</param>
internal readonly record struct PlaceholderHole(int Offset, string Value, int Column);
