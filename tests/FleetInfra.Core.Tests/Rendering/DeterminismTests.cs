using FleetInfra.Core.Rendering;
using FleetInfra.Core.Tests.Support;

namespace FleetInfra.Core.Tests.Rendering;

/// <summary>Same inputs, any file order or layout, byte-identical output.</summary>
[Collection(CurrentDirectoryCollection.Name)]
public sealed class DeterminismTests
{
    private const string Api = "  api:\n    image: r.example.com/api:1\n    ports: [ {8080: true} ]\n    environment_variables: { B: \"2\", A: \"1\" }\n";
    private const string Worker = "  worker:\n    image: r.example.com/worker:1\n";
    private const string Web = "  web:\n    image: r.example.com/web:1\n    ports: [ {3000: true}, {9000: false} ]\n    min_running_instances: 2\n    max_running_instances: 4\n";

    private static string RenderAll(params (string File, string Yaml)[] files)
    {
        using var fleet = new TempFleet().WithStack(TempFleet.Stack());
        foreach (var (file, yaml) in files)
        {
            fleet.WithApps(file, yaml);
        }

        return string.Join("\n", FleetRenderer.Render(fleet.Plan())
            .SelectMany(c => c.Files.Select(f => $"# {c.Name}/{f.RelativePath}\n{f.Yaml}")));
    }

    [Fact]
    public void AppsSplitAcrossFilesInAnyOrder_RenderTheSameBytes()
    {
        var oneFile = RenderAll(("all.yaml", "application:\n" + Api + Worker + Web));
        var reversed = RenderAll(("all.yaml", "application:\n" + Web + Worker + Api));
        var split = RenderAll(("z.yaml", "application:\n" + Api), ("a.yaml", "application:\n" + Web), ("nested/m.yml", "application:\n" + Worker));

        Assert.Equal(oneFile, reversed);
        Assert.Equal(oneFile, split);
        Assert.Contains("# gke-euw1/worker.yaml", oneFile, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderingTwice_GivesTheSameBytes()
    {
        Assert.Equal(RenderAll(("a.yaml", "application:\n" + Api + Web)), RenderAll(("a.yaml", "application:\n" + Api + Web)));
    }
}
