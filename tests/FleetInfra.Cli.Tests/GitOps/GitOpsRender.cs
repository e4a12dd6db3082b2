namespace FleetInfra.Cli.Tests.GitOps;

/// <summary>A stack rendered with <c>--gitops</c> into a scratch folder that is deleted afterwards.</summary>
internal sealed class GitOpsRender : IDisposable
{
    public const string RepositoryUrl = "https://git.example.com/acme/fleet.git";

    private readonly DirectoryInfo _scratch = Directory.CreateTempSubdirectory("fleet-gitops-");

    public GitOpsRender(string stack, string tool, string layout = "app")
    {
        Output = Path.Combine(_scratch.FullName, "render");
        Result = CliRun.Of("render", "--config", CliRun.StackFile(stack), "--out", Output, "--layout", layout,
            "--gitops", tool, "--repo-url", RepositoryUrl, "--repo-path", "deploy/render");
    }

    public string Output { get; }

    public CliRun Result { get; }

    public IEnumerable<string> ClusterFolders => Directory.EnumerateDirectories(Output).Order(StringComparer.Ordinal);

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Output, relativePath));

    public void Dispose() => _scratch.Delete(recursive: true);
}
