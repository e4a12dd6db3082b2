using System.Text;
using FleetInfra.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace FleetInfra.Core.Yaml;

/// <summary>
/// Reads YAML files defensively: size, encoding, nesting and alias expansion are checked
/// before a document model is built, and every failure becomes one diagnostic.
/// </summary>
public static class YamlFileLoader
{
    private const string UnreadableYaml =
        "invalid YAML: cannot read past this position (check brackets, quotes, tags and indentation); fix the syntax here";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static YamlFile? Load(string path, string displayPath, DiagnosticBag diagnostics)
    {
        var start = SourceLocation.StartOf(displayPath);
        string text;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                diagnostics.Error(start, string.Empty, "file not found; check the path");
                return null;
            }

            if (info.Length > YamlLimits.MaxFileBytes)
            {
                diagnostics.Error(start, string.Empty,
                    $"file is {info.Length} bytes, over the limit of {YamlLimits.MaxFileBytes} bytes; split it into smaller files");
                return null;
            }

            var bytes = File.ReadAllBytes(path);
            text = Decode(bytes, displayPath, diagnostics);
        }
        catch (IOException ex)
        {
            diagnostics.Error(start, string.Empty, $"cannot read file ({ex.Message}); check that it exists and is readable");
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            diagnostics.Error(start, string.Empty, "permission denied; make the file readable");
            return null;
        }

        return text.Length == 0 && diagnostics.HasErrors ? null : Parse(text, displayPath, diagnostics);
    }

    /// <summary>Parses YAML text that is already in memory (tests, stdin, generated fleets).</summary>
    public static YamlFile? Parse(string text, string displayPath, DiagnosticBag diagnostics)
    {
        // The limits are checked on the parser's events before any node is built; the model is then built from those
        // same events, so the text is scanned once.
        if (Prescan(text, displayPath, diagnostics) is not { } events)
        {
            return null;
        }

        var parser = new RecordedEvents(events);
        try
        {
            var stream = new YamlStream();
            stream.Load(parser);
            return new YamlFile(displayPath, [.. stream.Documents.Select(d => d.RootNode)]);
        }
        catch (YamlException ex)
        {
            diagnostics.Error(At(displayPath, ex.Start), string.Empty, Describe(ex));
            return null;
        }
        catch (Exception ex) when (IsParserFailure(ex))
        {
            diagnostics.Error(At(displayPath, parser.Current?.Start ?? Mark.Empty), string.Empty, UnreadableYaml);
            return null;
        }
    }

    private static string Decode(byte[] bytes, string displayPath, DiagnosticBag diagnostics)
    {
        try
        {
            var text = StrictUtf8.GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException ex)
        {
            var offset = ex.Index >= 0 ? ex.Index : 0;
            var line = 1;
            var column = 1;
            for (var i = 0; i < offset && i < bytes.Length; i++)
            {
                if (bytes[i] == (byte)'\n')
                {
                    line++;
                    column = 1;
                }
                else
                {
                    column++;
                }
            }

            diagnostics.Error(new SourceLocation(displayPath, line, column), string.Empty,
                $"file is not valid UTF-8 (bad byte at offset {offset}); save it as UTF-8");
            return string.Empty;
        }
    }

    /// <summary>Streams the parser events once to enforce depth and expanded-size limits; the events, or null when reported.</summary>
    private static List<ParsingEvent>? Prescan(string text, string displayPath, DiagnosticBag diagnostics)
    {
        var parser = new Parser(new StringReader(text));
        var events = new List<ParsingEvent>();
        var anchorSizes = new Dictionary<string, long>(StringComparer.Ordinal);
        var open = new Stack<(string? Anchor, long Size)>();

        // Per open collection: for a mapping, how many keys and values it holds so far and where the last key began.
        var entries = new Stack<(int Count, Mark LastKey)?>();
        long total = 0;
        var lastGood = Mark.Empty;
        try
        {
            while (parser.MoveNext())
            {
                lastGood = parser.Current!.End;
                events.Add(parser.Current);
                switch (parser.Current)
                {
                    case MappingStart mappingStart:
                        if (!Open(mappingStart.Anchor, mappingStart.Start, isMapping: true))
                        {
                            return null;
                        }

                        break;
                    case SequenceStart sequenceStart:
                        if (!Open(sequenceStart.Anchor, sequenceStart.Start, isMapping: false))
                        {
                            return null;
                        }

                        break;
                    case MappingEnd or SequenceEnd:
                        if (entries.Pop() is { Count: var count, LastKey: var lastKey } && count % 2 == 1)
                        {
                            // YamlDotNet reports a key without a value (a line holding only ':') by ending the mapping early.
                            diagnostics.Error(At(displayPath, lastKey), string.Empty,
                                "invalid YAML: this key has no value (a stray ':' or a key on its own); give it a value or remove it");
                            return null;
                        }

                        var (anchor, size) = open.Pop();
                        Close(anchor, size);
                        break;
                    case Scalar scalar:
                        Entry(scalar.Start);
                        if (!Count(1, scalar.Start))
                        {
                            return null;
                        }

                        Record(scalar.Anchor, 1);
                        break;
                    case AnchorAlias alias:
                        Entry(alias.Start);
                        if (!anchorSizes.TryGetValue(alias.Value.Value, out var aliasSize))
                        {
                            diagnostics.Error(At(displayPath, alias.Start), string.Empty,
                                $"alias '*{alias.Value.Value}' refers to no anchor defined before it; define '&{alias.Value.Value}' first");
                            return null;
                        }

                        if (!Count(aliasSize, alias.Start))
                        {
                            return null;
                        }

                        AddToParent(aliasSize);
                        break;
                }
            }
        }
        catch (YamlException ex)
        {
            diagnostics.Error(At(displayPath, ex.Start), string.Empty, Describe(ex));
            return null;
        }
        catch (Exception ex) when (IsParserFailure(ex))
        {
            diagnostics.Error(At(displayPath, lastGood), string.Empty, UnreadableYaml);
            return null;
        }

        return events;

        bool Open(AnchorName anchor, Mark mark, bool isMapping)
        {
            Entry(mark);
            if (open.Count >= YamlLimits.MaxDepth)
            {
                diagnostics.Error(At(displayPath, mark), string.Empty,
                    $"nesting is deeper than {YamlLimits.MaxDepth} levels; flatten the document");
                return false;
            }

            if (!Count(1, mark))
            {
                return false;
            }

            open.Push((anchor.IsEmpty ? null : anchor.Value, 1));
            entries.Push(isMapping ? (0, Mark.Empty) : null);
            return true;
        }

        void Entry(Mark start)
        {
            if (entries.Count > 0 && entries.Pop() is { } mapping)
            {
                entries.Push((mapping.Count + 1, mapping.Count % 2 == 0 ? start : mapping.LastKey));
            }
            else if (open.Count > 0)
            {
                entries.Push(null);
            }
        }

        void Close(string? anchor, long size)
        {
            AddToParent(size);
            if (anchor is not null)
            {
                anchorSizes[anchor] = size;
            }
        }

        void AddToParent(long size)
        {
            if (open.Count > 0)
            {
                var (parentAnchor, parentSize) = open.Pop();
                open.Push((parentAnchor, parentSize + size));
            }
        }

        void Record(AnchorName anchor, long size)
        {
            AddToParent(size);
            if (!anchor.IsEmpty)
            {
                anchorSizes[anchor.Value] = size;
            }
        }

        bool Count(long size, Mark mark)
        {
            total += size;
            if (total <= YamlLimits.MaxNodes)
            {
                return true;
            }

            diagnostics.Error(At(displayPath, mark), string.Empty,
                $"document expands to more than {YamlLimits.MaxNodes} nodes (aliases count as what they repeat); remove the repeated aliases");
            return false;
        }
    }

    /// <summary>
    /// YamlDotNet throws state and argument errors instead of a YamlException on some broken input
    /// ("a: [1, 2" then "b: 3"; a tag like "!![" ; a line holding only ":"): still bad YAML, never a crash.
    /// </summary>
    private static bool IsParserFailure(Exception ex) => ex is InvalidOperationException or ArgumentException;

    private static SourceLocation At(string displayPath, Mark mark) =>
        new(displayPath, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

    private static string Describe(YamlException ex)
    {
        var message = ex.InnerException?.Message ?? ex.Message;
        var closing = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line:", StringComparison.Ordinal) && closing > 0)
        {
            message = message[(closing + 3)..];
        }

        const string DuplicateKey = "Duplicate key ";
        if (message.StartsWith(DuplicateKey, StringComparison.Ordinal))
        {
            return $"'{message[DuplicateKey.Length..].TrimEnd('.')}' is defined twice in the same mapping; keep one definition";
        }

        return $"invalid YAML: {message.TrimEnd('.')}; fix the syntax at this position";
    }
}
