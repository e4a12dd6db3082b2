using FleetInfra.Core.Config;

namespace FleetInfra.Deploy.Tests;

/// <summary>A copy of the repository's Pulumi.yaml and stacks/ (dev, staging, prod and the apps) in a temporary folder.</summary>
internal sealed class TempProject : IDisposable
{
    public TempProject()
    {
        Root = Directory.CreateTempSubdirectory("fleet-deploy-").FullName;
        File.Copy(Path.Combine(RepositoryRoot, ProjectRoot.ProjectFile), Path.Combine(Root, ProjectRoot.ProjectFile));
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot, "stacks"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Root, Path.GetRelativePath(RepositoryRoot, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public static string RepositoryRoot =>
        ProjectRoot.Find(AppContext.BaseDirectory) ?? throw new InvalidOperationException("Pulumi.yaml not found above the test assembly");

    public string Root { get; }

    public string StackFile(string stack) => Path.Combine(Root, "stacks", $"Pulumi.{stack}.yaml");

    /// <summary>
    /// Adds a stack whose config is the dev stack's under its own domain (<c>STACK.example.com</c>, the stack name made a
    /// DNS label: two stacks may not publish one host into one zone), with <paramref name="edit"/> applied to its text.
    /// </summary>
    public TempProject WithStack(string stack, Func<string, string> edit)
    {
        var dev = File.ReadAllText(StackFile("dev"));
        var label = System.Text.RegularExpressions.Regex.Replace(stack.ToLowerInvariant(), "[^a-z0-9-]", "-");
        File.WriteAllText(StackFile(stack), edit(dev.Replace("fleet:domain: dev.example.com", $"fleet:domain: {label}.example.com", StringComparison.Ordinal)));
        return this;
    }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
