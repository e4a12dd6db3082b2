using YamlDotNet.RepresentationModel;

namespace FleetInfra.Core.Diffing;

/// <summary>
/// Reads the block YAML that the manifest writer writes (<c>---</c> before each document, one key or list item per line,
/// values on one line) into the nodes YamlDotNet's <see cref="YamlStream"/> builds for it, at a fraction of its cost:
/// parsing the changed Deployments was a fifth of a diff of every app. Anything outside that narrow form (comments,
/// anchors, tags, block or folded scalars, a quoted value with an escape or over several lines, flow collections other
/// than <c>[]</c> and <c>{}</c>, a duplicate key) makes it give up, and the caller reads the text with YamlDotNet.
/// </summary>
internal static class RenderedYamlReader
{
    /// <summary>The root node of each document, in order; null when the text is not all in the form read here.</summary>
    public static List<YamlNode>? TryRead(string yaml)
    {
        var roots = new List<YamlNode>();
        if (yaml.Length == 0)
        {
            return roots;
        }

        if (yaml[^1] != '\n')
        {
            return null;
        }

        var lines = new List<Line>();
        var start = 0;
        while (start < yaml.Length)
        {
            var end = yaml.IndexOf('\n', start);
            var line = yaml.AsSpan(start, end - start);
            if (line is "---")
            {
                if (start > 0)
                {
                    if (Document(yaml, lines) is not { } root)
                    {
                        return null;
                    }

                    roots.Add(root);
                }

                lines.Clear();
            }
            else if (start == 0 || !IsContentLine(line))
            {
                return null;
            }
            else
            {
                var indent = line.IndexOfAnyExcept(' ');
                lines.Add(new Line(start, end, indent));
            }

            start = end + 1;
        }

        if (Document(yaml, lines) is not { } last)
        {
            return null;
        }

        roots.Add(last);
        return roots;
    }

    /// <summary>A line with content, none of the characters that start a comment or that YAML reads as a line break or rejects.</summary>
    private static bool IsContentLine(ReadOnlySpan<char> line)
    {
        var indent = line.IndexOfAnyExcept(' ');
        if (indent < 0 || line[indent] == '#' || line.Contains(" #", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in line)
        {
            if (c < ' ' || c is >= '\u007F' and <= '\u009F' or '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>One document: a mapping at the first column over all of its lines.</summary>
    private static YamlMappingNode? Document(string yaml, List<Line> lines)
    {
        if (lines.Count == 0 || lines[0].Indent != 0 || IsItem(yaml, lines[0], 0))
        {
            return null;
        }

        var reader = new Reader(yaml, lines);
        var next = 0;
        return reader.Mapping(ref next, 0, 0) is { } root && next == lines.Count ? root : null;
    }

    private static bool IsItem(string yaml, Line line, int column) =>
        yaml[line.Start + column] == '-' && (line.Start + column + 1 == line.End || yaml[line.Start + column + 1] == ' ');

    private readonly record struct Line(int Start, int End, int Indent);

    private sealed class Reader(string yaml, List<Line> lines)
    {
        /// <summary>
        /// A block mapping whose keys start at <paramref name="column"/>; its first key is on line <paramref name="next"/>
        /// at <paramref name="firstColumn"/> (after a list item's <c>- </c>), the others start their lines.
        /// </summary>
        public YamlMappingNode? Mapping(ref int next, int column, int firstColumn)
        {
            var mapping = new YamlMappingNode();
            var keys = new HashSet<string>(StringComparer.Ordinal);
            var at = firstColumn;
            while (true)
            {
                var line = lines[next];
                var content = yaml.AsSpan(line.Start + at, line.End - line.Start - at);
                var separator = content.IndexOf(": ", StringComparison.Ordinal);
                var keyLength = separator >= 0 ? separator : content[^1] == ':' ? content.Length - 1 : -1;
                if (keyLength <= 0 || Plain(content[..keyLength]) is not { } key || !keys.Add(key))
                {
                    return null;
                }

                YamlNode? value;
                if (separator >= 0)
                {
                    value = Scalar(content[(separator + 2)..]);
                    next++;
                }
                else
                {
                    next++;
                    value = Nested(ref next, column);
                }

                if (value is null)
                {
                    return null;
                }

                mapping.Add(new YamlScalarNode(key), value);
                if (next == lines.Count || lines[next].Indent < column)
                {
                    return mapping;
                }

                // A deeper line continues a value; a list item at this column follows only a key without a value.
                if (lines[next].Indent > column || IsItem(yaml, lines[next], column))
                {
                    return null;
                }

                at = column;
            }
        }

        /// <summary>The value of a key at <paramref name="column"/> written on the lines after it: a deeper block, or a list at the key's column.</summary>
        private YamlNode? Nested(ref int next, int column)
        {
            if (next == lines.Count)
            {
                return null;
            }

            var line = lines[next];
            if (line.Indent == column && IsItem(yaml, line, column))
            {
                return Sequence(ref next, column);
            }

            if (line.Indent <= column)
            {
                return null;
            }

            return IsItem(yaml, line, line.Indent) ? Sequence(ref next, line.Indent) : Mapping(ref next, line.Indent, line.Indent);
        }

        /// <summary>A block list whose <c>- </c> markers are at <paramref name="column"/>.</summary>
        private YamlSequenceNode? Sequence(ref int next, int column)
        {
            var sequence = new YamlSequenceNode();
            while (next < lines.Count && lines[next].Indent == column && IsItem(yaml, lines[next], column))
            {
                var line = lines[next];
                var itemColumn = column + 2;
                if (line.End - line.Start <= itemColumn || yaml[line.Start + itemColumn] == ' ')
                {
                    return null;
                }

                var content = yaml.AsSpan(line.Start + itemColumn, line.End - line.Start - itemColumn);
                YamlNode? item;
                if (IsKeyLine(content))
                {
                    item = Mapping(ref next, itemColumn, itemColumn);
                }
                else
                {
                    item = Scalar(content);
                    next++;
                    if (next < lines.Count && lines[next].Indent > column)
                    {
                        return null;
                    }
                }

                if (item is null)
                {
                    return null;
                }

                sequence.Add(item);
            }

            return next < lines.Count && lines[next].Indent > column ? null : sequence;
        }

        /// <summary>Whether a list item's text starts a mapping: a plain key, then <c>": "</c> or the line's end after a colon.</summary>
        private static bool IsKeyLine(ReadOnlySpan<char> content) =>
            content[0] is not ('"' or '\'' or '[' or '{') && (content.Contains(": ", StringComparison.Ordinal) || content[^1] == ':');

        /// <summary>A value written on its key's or item's line; null for any form not read here.</summary>
        private static YamlNode? Scalar(ReadOnlySpan<char> text)
        {
            if (text.Length == 0)
            {
                return null;
            }

            switch (text[0])
            {
                case '[':
                    return text is "[]" ? new YamlSequenceNode() : null;
                case '{':
                    return text is "{}" ? new YamlMappingNode() : null;
                case '"':
                    return text.Length >= 2 && text[^1] == '"' && text[1..^1].IndexOfAny('"', '\\') < 0 ? new YamlScalarNode(text[1..^1].ToString()) : null;
                case '\'':
                    return text.Length >= 2 && text[^1] == '\'' && SingleQuoted(text[1..^1]) is { } unquoted ? new YamlScalarNode(unquoted) : null;
                default:
                    return Plain(text) is { } plain ? new YamlScalarNode(plain) : null;
            }
        }

        /// <summary>The inside of a single-quoted value with each <c>''</c> read as one quote; null for a lone quote.</summary>
        private static string? SingleQuoted(ReadOnlySpan<char> inside)
        {
            if (inside.IndexOf('\'') < 0)
            {
                return inside.ToString();
            }

            var text = new System.Text.StringBuilder(inside.Length);
            for (var i = 0; i < inside.Length; i++)
            {
                if (inside[i] == '\'')
                {
                    if (i + 1 == inside.Length || inside[i + 1] != '\'')
                    {
                        return null;
                    }

                    i++;
                }

                text.Append(inside[i]);
            }

            return text.ToString();
        }

        /// <summary>A plain scalar that is read as the text itself: no indicator first, no <c>": "</c>, no trailing colon or space.</summary>
        private static string? Plain(ReadOnlySpan<char> text)
        {
            var first = text[0];
            if (first is '[' or ']' or '{' or '}' or ',' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`' or ' '
                || (first is '-' or '?' or ':' && (text.Length == 1 || text[1] == ' '))
                || text.StartsWith("---", StringComparison.Ordinal) || text.StartsWith("...", StringComparison.Ordinal)
                || text[^1] is ' ' or ':' || text.Contains(": ", StringComparison.Ordinal))
            {
                return null;
            }

            return text.ToString();
        }
    }
}
