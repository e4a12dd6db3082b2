namespace FleetInfra.Core.Diagnostics;

/// <summary>A position in an input file: 1-based line and column.</summary>
public sealed record SourceLocation(string File, int Line, int Column)
{
    /// <summary>A location for a whole file, when no line applies (for example an unreadable file).</summary>
    public static SourceLocation StartOf(string file) => new(file, 1, 1);

    public override string ToString() => $"{File}:{Line}:{Column}";
}
