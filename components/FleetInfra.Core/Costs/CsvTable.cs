namespace FleetInfra.Core.Costs;

/// <summary>
/// The rows of a small CSV data file: <c>#</c> lines are comments, the first other line is the header, no field holds a
/// comma. A malformed file throws <see cref="TableFormatException"/> whose message is one line
/// <c>name:line:col: message</c>: a defect of the build for the embedded tables, bad input for a user's price table.
/// </summary>
internal static class CsvTable
{
    public static IReadOnlyList<CsvRow> Parse(string text, string name, IReadOnlyList<string> columns)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n')
            .Select((line, index) => (Line: line.Trim(), Number: index + 1))
            .Where(l => l.Line.Length > 0 && !l.Line.StartsWith('#'))
            .ToList();
        if (lines.Count == 0 || !lines[0].Line.Split(',').SequenceEqual(columns))
        {
            throw new TableFormatException(name, lines.Count == 0 ? 1 : lines[0].Number, $"the header must be {string.Join(',', columns)}");
        }

        var rows = new List<CsvRow>(lines.Count - 1);
        foreach (var (line, number) in lines.Skip(1))
        {
            var fields = line.Split(',');
            if (fields.Length != columns.Count)
            {
                throw new TableFormatException(name, number, $"{fields.Length} fields, expected {columns.Count} ({string.Join(',', columns)})");
            }

            rows.Add(new CsvRow(name, number, columns.Select((column, i) => (column, fields[i].Trim())).ToDictionary(f => f.column, f => f.Item2, StringComparer.Ordinal)));
        }

        return rows;
    }

    /// <summary>The text of a data file embedded in the core assembly.</summary>
    public static string Resource(string fileName)
    {
        using var stream = typeof(CsvTable).Assembly.GetManifestResourceStream($"FleetInfra.Core.Costs.{fileName}")
            ?? throw new InvalidDataException($"the core assembly does not embed Costs/{fileName}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

/// <summary>One row of a <see cref="CsvTable"/>, with where it was read for error messages.</summary>
internal sealed record CsvRow(string File, int Line, IReadOnlyDictionary<string, string> Fields)
{
    public string this[string column] => Fields[column];

    /// <summary>The field parsed by <paramref name="parse"/>, or an <see cref="InvalidDataException"/> naming the row and column.</summary>
    public T Parse<T>(string column, Func<string, T?> parse, string expected)
        where T : struct =>
        parse(Fields[column]) ?? throw new TableFormatException(File, Line, $"{column}: '{Fields[column]}' is not {expected}");
}

/// <summary>A malformed row of a CSV table: the message is one line <c>file:line:1: detail</c>.</summary>
public sealed class TableFormatException(string file, int line, string detail) : FormatException($"{file}:{line}:1: {detail}")
{
    public Diagnostics.SourceLocation Location { get; } = new(file, line, 1);

    public string Detail { get; } = detail;
}
