using System.Collections.Concurrent;
using YamlDotNet.RepresentationModel;

namespace FleetInfra.Deploy.Automation;

/// <summary>
/// The program built once per run, so that stacks running in parallel never build the same project at once (each
/// <c>dotnet run</c> of the language host would build it into the same <c>obj/</c> folder). Each engine operation
/// that runs the program works in a run folder: a copy of <c>Pulumi.yaml</c> whose runtime points at the binary
/// (<c>runtime.options.binary</c>, pulumi-language-dotnet v3.112.1 <c>main.go</c>: a <c>.dll</c> runs as
/// <c>dotnet BINARY</c> in the program directory) without <c>main</c>, and a link to the project's stack config
/// folder, so the program still finds its stacks (it walks up from its working folder to <c>Pulumi.yaml</c>).
/// </summary>
internal sealed class PublishedProgram(ProgramPublisher publisher) : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _runFolders = new(StringComparer.Ordinal);
    private readonly string _scratch = Directory.CreateTempSubdirectory("fleet-deploy-program-").FullName;

    /// <summary>The run folder for the project at <paramref name="projectRoot"/>, built on first use.</summary>
    public Task<string> RunFolderAsync(string projectRoot, CancellationToken cancellationToken) =>
        _runFolders.GetOrAdd(projectRoot, root => new Lazy<Task<string>>(() => CreateAsync(root, cancellationToken))).Value;

    public void Dispose()
    {
        try
        {
            Directory.Delete(_scratch, recursive: true);
        }
        catch (IOException)
        {
            // A program still running from it keeps it; the system's temporary folder is cleaned eventually.
        }
    }

    private async Task<string> CreateAsync(string projectRoot, CancellationToken cancellationToken)
    {
        var project = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(projectRoot, "Pulumi.yaml")))
        {
            project.Load(reader);
        }

        var settings = (YamlMappingNode)project.Documents[0].RootNode;
        var main = settings.Children.TryGetValue(new YamlScalarNode("main"), out var m) ? ((YamlScalarNode)m).Value! : ".";
        var configDirectory = settings.Children.TryGetValue(new YamlScalarNode("stackConfigDir"), out var c) ? ((YamlScalarNode)c).Value! : ".";
        var folder = Directory.CreateDirectory(Path.Combine(_scratch, $"run-{_runFolders.Count}")).FullName;
        var binary = await publisher(Path.GetFullPath(Path.Combine(projectRoot, main)), Path.Combine(folder, "bin"), cancellationToken).ConfigureAwait(false);

        var runtime = settings.Children[new YamlScalarNode("runtime")];
        var name = runtime is YamlScalarNode scalar ? scalar.Value! : ((YamlScalarNode)((YamlMappingNode)runtime).Children[new YamlScalarNode("name")]).Value!;
        settings.Children[new YamlScalarNode("runtime")] = new YamlMappingNode(
            new YamlScalarNode("name"), new YamlScalarNode(name),
            new YamlScalarNode("options"), new YamlMappingNode(new YamlScalarNode("binary"), new YamlScalarNode(binary)));
        settings.Children.Remove(new YamlScalarNode("main"));
        settings.Children.Remove(new YamlScalarNode("stackConfigDir"));
        settings.Children.Add(new YamlScalarNode("stackConfigDir"), new YamlScalarNode("stacks"));
        await using (var writer = new StreamWriter(Path.Combine(folder, "Pulumi.yaml")))
        {
            project.Save(writer, assignAnchors: false);
        }

        Directory.CreateSymbolicLink(Path.Combine(folder, "stacks"), Path.GetFullPath(Path.Combine(projectRoot, configDirectory)));
        return folder;
    }
}
