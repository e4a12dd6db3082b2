using FleetInfra.Core.Planning;
using FleetInfra.Core.Tests.Support;

namespace FleetInfra.Core.Tests.BadInput;

/// <summary>The apps folder is read once, whatever links it holds.</summary>
public sealed class AppsFolderTests : IDisposable
{
    private const string Stack = "config:\n  fleet:domain: dev.example.com\n  fleet:clusters:\n" + TempFleet.EksCluster;

    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("fleet-apps-");

    public AppsFolderTests()
    {
        Directory.CreateDirectory(AppsDirectory);
        File.WriteAllText(StackFile, Stack);
        File.WriteAllText(Path.Combine(AppsDirectory, "web.yaml"), App("web"));
    }

    private string StackFile => Path.Combine(_root.FullName, "Pulumi.links.yaml");

    private string AppsDirectory => Path.Combine(_root.FullName, "apps");

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public void Load_LinkFromTheAppsFolderBackToItsParent_ReadsEveryFileOnce()
    {
        Directory.CreateSymbolicLink(Path.Combine(AppsDirectory, "loop"), _root.FullName);

        var result = FleetLoader.Load(StackFile, AppsDirectory);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(["web"], result.Plan!.Clusters.Single().Apps.Select(a => a.Name));
    }

    [Fact]
    public void Load_LinkedIntentFile_IsRead()
    {
        var shared = Directory.CreateDirectory(Path.Combine(_root.FullName, "shared"));
        File.WriteAllText(Path.Combine(shared.FullName, "api.yaml"), App("api"));
        File.CreateSymbolicLink(Path.Combine(AppsDirectory, "api.yaml"), Path.Combine(shared.FullName, "api.yaml"));

        var result = FleetLoader.Load(StackFile, AppsDirectory);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(["api", "web"], result.Plan!.Clusters.Single().Apps.Select(a => a.Name));
    }

    private static string App(string name) => $"""
        application:
          {name}:
            image: registry.example.com/acme/{name}:1.0.0
            ports:
              - 8080: false
        """;
}
