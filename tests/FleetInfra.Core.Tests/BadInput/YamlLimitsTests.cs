using System.Text;
using FleetInfra.Core.Diagnostics;
using FleetInfra.Core.Yaml;

namespace FleetInfra.Core.Tests.BadInput;

/// <summary>Each documented input limit: the largest input it allows is read, one more is refused with its exact message.</summary>
public sealed class YamlLimitsTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("fleet-limits-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void Limits_AreTheDocumentedValues()
    {
        Assert.Equal(4 * 1024 * 1024, YamlLimits.MaxFileBytes);
        Assert.Equal(32, YamlLimits.MaxDepth);
        Assert.Equal(100_000, YamlLimits.MaxNodes);
    }

    [Fact]
    public void Load_FileOfExactlyTheSizeLimit_IsRead()
    {
        var path = WriteFile("limit.yaml", "a: b\n" + new string('#', (int)YamlLimits.MaxFileBytes - 6) + "\n");

        var (file, errors) = Load(path);

        Assert.Equal(YamlLimits.MaxFileBytes, new FileInfo(path).Length);
        Assert.Empty(errors);
        Assert.Single(file!.Documents);
    }

    [Fact]
    public void Load_FileOneByteOverTheSizeLimit_IsRefusedBeforeReading()
    {
        var path = WriteFile("over.yaml", "a: b\n" + new string('#', (int)YamlLimits.MaxFileBytes - 5) + "\n");

        var (file, errors) = Load(path);

        Assert.Null(file);
        Assert.Equal(["over.yaml:1:1: file is 4194305 bytes, over the limit of 4194304 bytes; split it into smaller files"], errors);
    }

    [Fact]
    public void Parse_NestingOfExactlyTheDepthLimit_IsRead()
    {
        var (file, errors) = Parse(Nested(YamlLimits.MaxDepth));

        Assert.Empty(errors);
        Assert.NotNull(file);
    }

    [Fact]
    public void Parse_NestingOneLevelDeeperThanTheLimit_IsRefusedAtTheLevelThatCrossesIt()
    {
        var (file, errors) = Parse(Nested(YamlLimits.MaxDepth + 1));

        Assert.Null(file);
        Assert.Equal(["deep.yaml:33:65: nesting is deeper than 32 levels; flatten the document"], errors);
    }

    [Fact]
    public void Parse_HundredThousandNestedLists_IsRefusedWithoutOverflowingTheStack()
    {
        var (file, errors) = Parse(new string('[', 100_000) + new string(']', 100_000));

        Assert.Null(file);
        Assert.Equal(["deep.yaml:1:33: nesting is deeper than 32 levels; flatten the document"], errors);
    }

    [Fact]
    public void Parse_ExactlyTheNodeLimit_IsRead()
    {
        // A list node plus 99,999 scalars: 100,000 nodes.
        var (file, errors) = Parse("[" + string.Join(",", Enumerable.Repeat("a", YamlLimits.MaxNodes - 1)) + "]");

        Assert.Empty(errors);
        Assert.NotNull(file);
    }

    [Fact]
    public void Parse_OneNodeOverTheLimit_IsRefused()
    {
        var (file, errors) = Parse("[" + string.Join(",", Enumerable.Repeat("a", YamlLimits.MaxNodes)) + "]");

        Assert.Null(file);
        Assert.Equal(["deep.yaml:1:200000: document expands to more than 100000 nodes (aliases count as what they repeat); remove the repeated aliases"], errors);
    }

    [Fact]
    public void Parse_BillionLaughs_IsRefusedByCountingAliasesWithoutExpandingThem()
    {
        var text = new StringBuilder("lol0: &lol0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i <= 9; i++)
        {
            text.Append($"lol{i}: &lol{i} [{string.Join(", ", Enumerable.Repeat($"*lol{i - 1}", 10))}]\n");
        }

        var (file, errors) = Parse(text.ToString());

        Assert.Null(file);
        Assert.Equal(["deep.yaml:5:63: document expands to more than 100000 nodes (aliases count as what they repeat); remove the repeated aliases"], errors);
    }

    [Fact]
    public void Parse_AliasBeforeItsAnchor_IsRefused()
    {
        var (file, errors) = Parse("a: *later\nb: &later x\n");

        Assert.Null(file);
        Assert.Equal(["deep.yaml:1:4: alias '*later' refers to no anchor defined before it; define '&later' first"], errors);
    }

    [Fact]
    public void Load_InvalidUtf8_IsRefusedAtTheBadByte()
    {
        var path = Path.Combine(_folder.FullName, "latin1.yaml");
        File.WriteAllBytes(path, [.. "a: b\nc: caf"u8, 0xE9, (byte)'\n']);

        var (file, errors) = Load(path);

        Assert.Null(file);
        Assert.Equal(["latin1.yaml:2:7: file is not valid UTF-8 (bad byte at offset 11); save it as UTF-8"], errors);
    }

    [Fact]
    public void Load_Utf8ByteOrderMark_IsAccepted()
    {
        var path = Path.Combine(_folder.FullName, "bom.yaml");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. "a: b\n"u8]);

        var (file, errors) = Load(path);

        Assert.Empty(errors);
        Assert.Single(file!.Documents);
    }

    [Theory]
    [InlineData("a: [1, 2\nb: 3\n", "deep.yaml:1:6")]
    [InlineData("a: !![x]\n", "deep.yaml:1:2")]
    public void Parse_InputThatBreaksTheYamlLibrary_IsReportedNotThrown(string text, string location)
    {
        var (file, errors) = Parse(text);

        Assert.Null(file);
        Assert.Equal([$"{location}: invalid YAML: cannot read past this position (check brackets, quotes, tags and indentation); fix the syntax here"], errors);
    }

    [Fact]
    public void Parse_LineHoldingOnlyAColon_IsReportedAtThatLine()
    {
        var (file, errors) = Parse("a:\n  b: 1\n:\n");

        Assert.Null(file);
        Assert.Equal(["deep.yaml:3:2: invalid YAML: this key has no value (a stray ':' or a key on its own); give it a value or remove it"], errors);
    }

    /// <summary>A block mapping nested <paramref name="levels"/> deep, the innermost holding a scalar.</summary>
    private static string Nested(int levels) =>
        string.Concat(Enumerable.Range(0, levels).Select(i => $"{new string(' ', 2 * i)}level{i}:{(i == levels - 1 ? " end" : string.Empty)}\n"));

    private static (YamlFile? File, string[] Errors) Parse(string text)
    {
        var diagnostics = new DiagnosticBag();
        var file = YamlFileLoader.Parse(text, "deep.yaml", diagnostics);
        return (file, [.. diagnostics.ToImmutableSorted().Select(d => d.ToString())]);
    }

    private (YamlFile? File, string[] Errors) Load(string path)
    {
        var diagnostics = new DiagnosticBag();
        var file = YamlFileLoader.Load(path, Path.GetFileName(path), diagnostics);
        return (file, [.. diagnostics.ToImmutableSorted().Select(d => d.ToString())]);
    }

    private string WriteFile(string name, string text)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }
}
