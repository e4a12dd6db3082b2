using FleetInfra.Core.Planning;
using FleetInfra.Core.Rendering;
using FleetInfra.Core.Workloads;

namespace FleetInfra.Core.Tests.Classes;

/// <summary><c>fleet generate --classes</c>: the reference fleet through 3 classes, one line per cluster, renders what the written-out fleet renders.</summary>
public sealed class GeneratedClassFleetTests : IDisposable
{
    private readonly DirectoryInfo _scratch = Directory.CreateTempSubdirectory("fleet-classes-");

    public void Dispose() => _scratch.Delete(recursive: true);

    [Fact]
    public void ReferenceFleet_WithAndWithoutClasses_RendersTheSameBytes()
    {
        var written = Render(new ReferenceFleet(40, 3), "written");
        var withClasses = Render(new ReferenceFleet(40, 3) { WithClasses = true }, "classes");

        Assert.Equal(written.Keys.Order(StringComparer.Ordinal), withClasses.Keys.Order(StringComparer.Ordinal));
        Assert.All(written, file => Assert.True(file.Value == withClasses[file.Key], $"{file.Key} differs"));
    }

    [Fact]
    public void ReferenceFleet_WithClasses_HasNoPerClusterCopyOfSettings()
    {
        var yaml = new ReferenceFleet(500, 1) { WithClasses = true }.StackYaml();

        Assert.Equal(500, yaml.Split('\n').Count(line => line.StartsWith("    - { name: ", StringComparison.Ordinal)));
        Assert.Equal(1, yaml.Split('\n').Count(line => line.Contains("instanceTypes: [m6i.large]", StringComparison.Ordinal)));
    }

    private Dictionary<string, string> Render(ReferenceFleet fleet, string folder)
    {
        var stackFile = fleet.WriteTo(Path.Combine(_scratch.FullName, folder));
        return FleetRenderer.Render(FleetLoader.Load(stackFile).PlanOrThrow())
            .SelectMany(c => c.Files.Select(f => (Path: $"{c.Name}/{f.RelativePath}", f.Yaml)))
            .ToDictionary(f => f.Path, f => f.Yaml, StringComparer.Ordinal);
    }
}
