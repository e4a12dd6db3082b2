namespace FleetInfra.Deploy.Targets;

/// <summary>The stacks of a project: every <c>stacks/Pulumi.&lt;name&gt;.yaml</c> below the folder holding <c>Pulumi.yaml</c>.</summary>
public sealed record StackCatalog(string ProjectRoot, IReadOnlyList<string> Names)
{
    public const string StacksFolder = "stacks";

    public static StackCatalog Read(string projectRoot)
    {
        var folder = Path.Combine(projectRoot, StacksFolder);
        var names = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "Pulumi.*.yaml")
                .Select(file => Path.GetFileName(file)["Pulumi.".Length..^".yaml".Length])
                .Where(name => name.Length > 0)
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];
        return new StackCatalog(projectRoot, names);
    }

    public string StackFile(string name) => Path.Combine(ProjectRoot, StacksFolder, $"Pulumi.{name}.yaml");
}
