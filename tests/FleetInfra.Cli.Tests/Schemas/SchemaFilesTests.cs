using FleetInfra.Core.Schema;

namespace FleetInfra.Cli.Tests.Schemas;

/// <summary>The committed schemas are exactly what <c>fleet schema</c> generates from the parsers' key tables, and the samples point editors at them.</summary>
public sealed class SchemaFilesTests
{
    [Fact]
    public void CommittedSchemas_AreTheGeneratedOnes()
    {
        foreach (var (fileName, json) in FleetSchemas.All())
        {
            var committed = Path.Combine(FleetSchemaValidator.SchemaFolder, fileName);

            Assert.True(File.Exists(committed), $"{FleetSchemas.Folder}/{fileName} is missing; run: fleet schema --out {FleetSchemas.Folder}");
            Assert.True(json == File.ReadAllText(committed).ReplaceLineEndings("\n"),
                $"{FleetSchemas.Folder}/{fileName} differs from the key tables; regenerate it: fleet schema --out {FleetSchemas.Folder}");
        }
    }

    [Fact]
    public void CommittedReferencePages_AreTheGeneratedOnes()
    {
        foreach (var (fileName, markdown) in FleetSchemas.Pages())
        {
            var committed = Path.Combine(CliRun.RepositoryRoot, FleetSchemas.PagesFolder, fileName);

            Assert.True(File.Exists(committed), $"{FleetSchemas.PagesFolder}/{fileName} is missing; run: fleet schema --out {FleetSchemas.Folder} --docs {FleetSchemas.PagesFolder}");
            Assert.True(markdown == File.ReadAllText(committed).ReplaceLineEndings("\n"),
                $"{FleetSchemas.PagesFolder}/{fileName} differs from the key tables; regenerate it: fleet schema --out {FleetSchemas.Folder} --docs {FleetSchemas.PagesFolder}");
        }
    }

    [Fact]
    public void SchemaCommand_WithDocs_WritesTheReferencePages()
    {
        var scratch = Directory.CreateTempSubdirectory("fleet-schema-docs-");
        try
        {
            var pages = Path.Combine(scratch.FullName, "reference");
            var result = CliRun.Of("schema", "--out", Path.Combine(scratch.FullName, "schemas"), "--docs", pages);

            Assert.Equal(0, result.ExitCode);
            Assert.Equal(string.Empty, result.Error);
            Assert.Contains("wrote 2 reference pages to ", result.Output, StringComparison.Ordinal);
            Assert.All(FleetSchemas.Pages(), page => Assert.Equal(page.Markdown, File.ReadAllText(Path.Combine(pages, page.FileName))));
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData(FleetSchemas.IntentPageName, "| `min_running_instances` | whole number, 1 to 1000 | `1` |")]
    [InlineData(FleetSchemas.StackPageName, "| `fleet:clusters` | list of [cluster](#cluster), at least 1 |  | The clusters. Required unless fleet:clustersFrom is set. |")]
    [InlineData(FleetSchemas.StackPageName, "When `provider` is `eks`: `project`, `subnetCidr`, `podsCidr`, `servicesCidr`, `privateNodes`, `releaseChannel`, `rbacSecurityGroup` must not be set.")]
    public void ReferencePages_ListEachKeyWithItsValueAndDefault(string page, string line)
    {
        var markdown = FleetSchemas.Pages().Single(p => p.FileName == page).Markdown;

        Assert.Contains(line, markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void SchemaCommand_WritesTheGeneratedFiles()
    {
        var scratch = Directory.CreateTempSubdirectory("fleet-schema-");
        try
        {
            var result = CliRun.Of("schema", "--out", scratch.FullName);

            Assert.Equal(0, result.ExitCode);
            Assert.Equal(string.Empty, result.Error);
            Assert.StartsWith("wrote 2 schemas to ", result.Output, StringComparison.Ordinal);
            Assert.All(FleetSchemas.All(), file => Assert.Equal(file.Json, File.ReadAllText(Path.Combine(scratch.FullName, file.FileName))));
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    [Fact]
    public void SampleFiles_NameTheirSchemaForEditors()
    {
        var stacks = Path.Combine(CliRun.RepositoryRoot, "stacks");
        var files = Directory.EnumerateFiles(stacks, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

        Assert.NotEmpty(files);
        Assert.All(files, file =>
        {
            var first = File.ReadLines(file).First();
            const string Prefix = "# yaml-language-server: $schema=";
            Assert.StartsWith(Prefix, first, StringComparison.Ordinal);
            var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, first[Prefix.Length..]));
            var expected = FleetSchemaValidator.IsStackFile(file) ? FleetSchemas.StackFileName : FleetSchemas.IntentFileName;
            Assert.Equal(Path.Combine(FleetSchemaValidator.SchemaFolder, expected), target);
        });
    }
}
