namespace FleetInfra.Cli.Tests.BadInput;

/// <summary>
/// Every folder under <c>tests/corpus/bad/</c> is one bad input: a stack file <c>Pulumi.case.yaml</c>, an
/// <c>apps/</c> folder and <c>expected.txt</c>, the exact standard error (paths relative to the case folder).
/// Each runs through the real command line: an error per problem, exit 1, no trace, and never any output.
/// </summary>
public sealed class BadInputCorpusTests
{
    /// <summary>Text that only appears where a user pasted a secret value; it must never be printed or written.</summary>
    public const string PastedSecretMarker = "DO-NOT-LEAK";

    public static string CorpusFolder => Path.Combine(CliRun.RepositoryRoot, "tests", "corpus", "bad");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Directory.EnumerateDirectories(CorpusFolder).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(folder));
        }

        return data;
    }

    [Fact]
    public void Corpus_HasAtLeastSixtyCasesEachWithExpectedErrors()
    {
        var folders = Directory.EnumerateDirectories(CorpusFolder).ToList();

        Assert.True(folders.Count >= 60, $"the corpus holds {folders.Count} cases; keep at least 60");
        Assert.All(folders, folder =>
        {
            Assert.True(File.Exists(Path.Combine(folder, "expected.txt")), $"{Path.GetFileName(folder)} has no expected.txt");
            Assert.True(File.Exists(Path.Combine(folder, "Pulumi.case.yaml")), $"{Path.GetFileName(folder)} has no Pulumi.case.yaml");
        });
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_BadInput_PrintsExactlyTheExpectedErrors(string caseName)
    {
        var folder = Path.Combine(CorpusFolder, caseName);

        var result = Validate(folder);

        AssertRejectedWithExpectedErrors(result, folder);
        Assert.Equal(string.Empty, result.Output);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Plan_BadInput_PrintsTheSameErrorsAndNoPlan(string caseName)
    {
        var folder = Path.Combine(CorpusFolder, caseName);

        var text = OnCase(folder, "plan");
        var json = OnCase(folder, "plan", "--json");

        Assert.All(new[] { text, json }, result =>
        {
            AssertRejectedWithExpectedErrors(result, folder);
            Assert.Equal(string.Empty, result.Output);
        });
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Render_BadInput_CreatesNoOutputAndKeepsThePreviousRender(string caseName)
    {
        var folder = Path.Combine(CorpusFolder, caseName);
        var scratch = Directory.CreateTempSubdirectory("fleet-corpus-");
        try
        {
            var fresh = Path.Combine(scratch.FullName, "fresh");
            var previous = FolderSnapshot.PreviousRender(scratch.FullName);
            var before = FolderSnapshot.Take(previous);

            var intoFresh = Render(folder, fresh);
            var intoPrevious = Render(folder, previous);

            Assert.All(new[] { intoFresh, intoPrevious }, result => AssertRejectedWithExpectedErrors(result, folder));
            Assert.False(Directory.Exists(fresh), "a failed render created its output folder");
            Assert.Equal(before, FolderSnapshot.Take(previous));
            Assert.Equal(new[] { "out" }, Directory.EnumerateFileSystemEntries(scratch.FullName).Select(Path.GetFileName).ToArray());
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    internal static CliRun Validate(string folder) => OnCase(folder, "validate");

    internal static CliRun Render(string folder, string output) => OnCase(folder, "render", "--out", output);

    /// <summary>Runs a command on a case folder's stack file and apps folder.</summary>
    private static CliRun OnCase(string folder, params string[] command) =>
        CliRun.Of([.. command, "--config", Path.Combine(folder, "Pulumi.case.yaml"), "--apps", Path.Combine(folder, "apps")]);

    /// <summary>Exit code 1 with exactly the case's expected error lines, and no stack trace or secret anywhere.</summary>
    private static void AssertRejectedWithExpectedErrors(CliRun result, string folder)
    {
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(ExpectedLines(folder), result.ErrorLinesRelativeTo(folder));
        AssertNoTraceAndNoSecret(result);
    }

    internal static void AssertNoTraceAndNoSecret(CliRun result)
    {
        var printed = result.Output + result.Error;
        Assert.DoesNotContain("   at ", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", printed, StringComparison.Ordinal);
        Assert.DoesNotContain(PastedSecretMarker, printed, StringComparison.Ordinal);
    }

    private static string[] ExpectedLines(string folder) =>
        File.ReadAllText(Path.Combine(folder, "expected.txt")).Replace("\r\n", "\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
