namespace FleetInfra.Core.Costs;

/// <summary>
/// The rows of a small CSV data file shipped in the core: <c>#</c> lines are comments, the first other line is the
/// header, no field holds a comma. A malformed file is a defect of the build, so it throws.
/// </summary>
internal static class CsvTable
{
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Parse(string text, string name, IReadOnlyList<string> columns)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n')
            .Select((line, index) => (Line: line.Trim(), Number: index + 1))
            .Where(l => l.Line.Length > 0 && !l.Line.StartsWith('#'))
            .ToList();
        if (lines.Count == 0 || !lines[0].Line.Split(',').SequenceEqual(columns))
        {
            throw new InvalidDataException($"{name}: the header must be {string.Join(',', columns)}");
        }

        var rows = new List<IReadOnlyDictionary<string, string>>(lines.Count - 1);
        foreach (var (line, number) in lines.Skip(1))
        {
            var fields = line.Split(',');
            if (fields.Length != columns.Count)
            {
                throw new InvalidDataException($"{name}:{number}: {fields.Length} fields, expected {columns.Count} ({string.Join(',', columns)})");
            }

            rows.Add(columns.Select((column, i) => (column, fields[i].Trim())).ToDictionary(f => f.column, f => f.Item2, StringComparer.Ordinal));
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
