namespace FleetInfra.Core.Tests.Properties;

/// <summary>A generated fleet written to a throwaway folder: <c>Pulumi.prop.yaml</c> and <c>apps/</c>.</summary>
public sealed class FleetFolder : IDisposable
{
    public FleetFolder(string stackYaml, IEnumerable<(string FileName, string Yaml)> appFiles)
    {
        Root = Directory.CreateTempSubdirectory("fleet-prop-").FullName;
        Directory.CreateDirectory(AppsDirectory);
        File.WriteAllText(StackFile, stackYaml);
        foreach (var (fileName, yaml) in appFiles)
        {
            File.WriteAllText(Path.Combine(AppsDirectory, fileName), yaml);
        }
    }

    public string Root { get; }

    public string StackFile => Path.Combine(Root, "Pulumi.prop.yaml");

    public string AppsDirectory => Path.Combine(Root, "apps");

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
