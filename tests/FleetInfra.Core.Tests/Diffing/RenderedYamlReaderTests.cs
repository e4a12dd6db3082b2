using CsCheck;
using FleetInfra.Core.Diffing;
using FleetInfra.Core.Planning;
using FleetInfra.Core.Rendering;
using FleetInfra.Core.Tests.Properties;
using FleetInfra.Core.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace FleetInfra.Core.Tests.Diffing;

/// <summary>
/// <c>fleet diff</c> reads changed documents with its own reader of the writer's YAML: whatever it reads must be the
/// tree YamlDotNet reads, and anything else must be left to YamlDotNet.
/// </summary>
[Collection(CurrentDirectoryCollection.Name)]
public sealed class RenderedYamlReaderTests
{
    [Fact]
    public void EveryRenderedFileOfAnyFleet_IsReadAsYamlDotNetReadsIt_OrLeftToIt()
    {
        var read = 0;
        FleetGen.Fleet.Sample(fleet =>
        {
            using var folder = new FleetFolder(fleet.StackYaml(), fleet.AppFiles(fleet.Apps, "team-"));
            var plan = FleetLoader.Load(folder.StackFile, folder.AppsDirectory, "prop").PlanOrThrow();
            foreach (var file in FleetRenderer.Render(plan).SelectMany(c => c.Files))
            {
                if (AssertReadAsYamlDotNet(file.Yaml))
                {
                    Interlocked.Increment(ref read);
                }
            }
        }, iter: 40);

        Assert.True(read > 0, "no rendered file was read without YamlDotNet");
    }

    [Fact]
    public void EveryGoldenFile_IsReadWithoutYamlDotNet_AsYamlDotNetReadsIt()
    {
        var files = Directory.GetFiles(GoldenOutput(), "*.yaml", SearchOption.AllDirectories);

        Assert.NotEmpty(files);
        Assert.All(files, path => Assert.True(AssertReadAsYamlDotNet(File.ReadAllText(path)), $"{path} is left to YamlDotNet"));
    }

    [Theory]
    [InlineData("---\na: 'it''s'\nb: \"x: y\"\nc: []\nd: {}\nlist:\n- name: web\n  ports:\n  - 80\n  - '443'\n- plain text\nnested:\n  deeper:\n    - 1\n")]
    [InlineData("---\nkind: A\n---\nkind: B\nurl: http://x:80/a-b?c=d\n")]
    [InlineData("")]
    public void TheWritersForms_AreRead_AsYamlDotNetReadsThem(string yaml)
    {
        Assert.True(AssertReadAsYamlDotNet(yaml));
    }

    [Theory]
    [InlineData("a: 1\n")] // no document marker
    [InlineData("---\na: 1 # comment\n")]
    [InlineData("---\na: &x 1\nb: *x\n")]
    [InlineData("---\na: !tag 1\n")]
    [InlineData("---\na: |\n  text\n")]
    [InlineData("---\na: \"folded\n  over two lines\"\n")]
    [InlineData("---\na: plain\n  continued\n")]
    [InlineData("---\na: \"escaped \\\" quote\"\n")]
    [InlineData("---\na: 'lone ' quote'\n")]
    [InlineData("---\na: 1\na: 2\n")]
    [InlineData("---\na: [1, 2]\n")]
    [InlineData("---\na:\n")]
    [InlineData("---\n- a\n")]
    [InlineData("---\na:\n\n  b: 1\n")]
    [InlineData("---\na: 1\r\n")]
    [InlineData("---\na: 1\n---\n")]
    [InlineData("---\na:\n- - 1\n")]
    [InlineData("---\n\"quoted key\": 1\n")]
    public void OtherYaml_IsLeftToYamlDotNet(string yaml)
    {
        Assert.Null(RenderedYamlReader.TryRead(yaml));
    }

    /// <summary>True when the reader read the text (then as YamlDotNet does); false when it left it to YamlDotNet.</summary>
    private static bool AssertReadAsYamlDotNet(string yaml)
    {
        if (RenderedYamlReader.TryRead(yaml) is not { } roots)
        {
            return false;
        }

        var expected = ObjectDiffer.Roots(yaml);
        Assert.Equal(expected.Count, roots.Count);
        for (var i = 0; i < roots.Count; i++)
        {
            AssertSameTree(expected[i], roots[i], $"document {i}");
        }

        return true;
    }

    private static void AssertSameTree(YamlNode expected, YamlNode actual, string path)
    {
        Assert.True(expected.GetType() == actual.GetType(), $"{path}: {actual.GetType().Name} instead of {expected.GetType().Name}");
        switch (expected)
        {
            case YamlScalarNode scalar:
                Assert.Equal(scalar.Value, ((YamlScalarNode)actual).Value);
                Assert.Equal(scalar.Tag, actual.Tag);
                break;
            case YamlSequenceNode sequence:
                var items = ((YamlSequenceNode)actual).Children;
                Assert.Equal(sequence.Children.Count, items.Count);
                for (var i = 0; i < items.Count; i++)
                {
                    AssertSameTree(sequence.Children[i], items[i], $"{path}[{i}]");
                }

                break;
            case YamlMappingNode mapping:
                var entries = ((YamlMappingNode)actual).Children.ToList();
                Assert.Equal(mapping.Children.Count, entries.Count);
                foreach (var ((key, value), (actualKey, actualValue)) in mapping.Children.Zip(entries))
                {
                    AssertSameTree(key, actualKey, $"{path} key");
                    AssertSameTree(value, actualValue, $"{path}.{key}");
                }

                break;
        }
    }

    private static string GoldenOutput()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var golden = Path.Combine(directory.FullName, "tests", "FleetInfra.Core.Tests", "Golden", "Output");
            if (Directory.Exists(golden))
            {
                return golden;
            }
        }

        throw new DirectoryNotFoundException("tests/FleetInfra.Core.Tests/Golden/Output");
    }
}
