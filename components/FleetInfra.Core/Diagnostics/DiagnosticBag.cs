using System.Collections.Immutable;

namespace FleetInfra.Core.Diagnostics;

/// <summary>Collects every problem so that all of them are reported at once.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public bool HasErrors => ErrorCount > 0;

    public int ErrorCount => _items.Count(d => d.IsError);

    public void Error(SourceLocation location, string fieldPath, string message) =>
        _items.Add(new Diagnostic(location, fieldPath, message));

    public void Warning(SourceLocation location, string fieldPath, string message) =>
        _items.Add(new Diagnostic(location, fieldPath, message, Severity.Warning));

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    /// <summary>Diagnostics in a stable order: by file, line, column, then message.</summary>
    public ImmutableArray<Diagnostic> ToImmutableSorted() =>
        [.. _items
            .Distinct()
            .OrderBy(d => d.Location.File, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ThenBy(d => d.FieldPath, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)];
}
