using System.CommandLine;
using FleetInfra.Core.Rendering.GitOps;

namespace FleetInfra.Cli.Commands;

/// <summary>The <c>render</c> options that make the output deployable by kustomize, Argo CD or Flux.</summary>
internal sealed class GitOpsOptions
{
    private readonly Option<string?> _tool = new("--gitops")
    {
        Description = "Also write a kustomization.yaml per cluster folder; argocd adds argocd.yaml (an Application per cluster), flux adds flux.yaml (a Kustomization per cluster)",
        HelpName = "argocd|flux|kustomize",
    };

    private readonly Option<string?> _repositoryUrl = new("--repo-url")
    {
        Description = "--gitops argocd: the Git repository Argo CD reads the render from",
        HelpName = "URL",
    };

    private readonly Option<string?> _repositoryPath = new("--repo-path")
    {
        Description = "--gitops: the render folder's path inside the repository (default: the --out folder's name)",
        HelpName = "PATH",
    };

    private readonly Option<string> _revision = new("--revision")
    {
        Description = "--gitops argocd: the branch, tag or commit to deploy",
        DefaultValueFactory = _ => GitOpsSource.DefaultRevision,
    };

    private readonly Option<string> _fluxSource = new("--flux-source")
    {
        Description = "--gitops flux: the GitRepository in flux-system that holds the render",
        DefaultValueFactory = _ => GitOpsSource.DefaultFluxSource,
    };

    public GitOpsOptions() => _tool.AcceptOnlyFromAmong("argocd", "flux", "kustomize");

    public void AddTo(Command command)
    {
        command.Options.Add(_tool);
        command.Options.Add(_repositoryUrl);
        command.Options.Add(_repositoryPath);
        command.Options.Add(_revision);
        command.Options.Add(_fluxSource);
    }

    /// <summary>The GitOps settings of this run, or null without <c>--gitops</c>.</summary>
    public GitOpsSource? Source(ParseResult parseResult, string outputDirectory) =>
        parseResult.GetValue(_tool) switch
        {
            null => null,
            var tool => new GitOpsSource
            {
                Tool = tool switch { "argocd" => GitOpsTool.ArgoCd, "flux" => GitOpsTool.Flux, _ => GitOpsTool.Kustomize },
                RepositoryUrl = parseResult.GetValue(_repositoryUrl),
                RepositoryPath = (parseResult.GetValue(_repositoryPath) ?? Path.GetFileName(outputDirectory.TrimEnd(Path.DirectorySeparatorChar)))
                    .Replace('\\', '/').TrimEnd('/'),
                Revision = parseResult.GetValue(_revision)!,
                FluxSource = parseResult.GetValue(_fluxSource)!,
            },
        };

    /// <summary>What the render wrote for GitOps, for the summary line.</summary>
    public static string Summary(GitOpsSource? source) => source?.Tool switch
    {
        null => string.Empty,
        GitOpsTool.ArgoCd => $", with a {GitOpsManifests.KustomizationFileName} per cluster and {GitOpsManifests.ArgoCdFileName}",
        GitOpsTool.Flux => $", with a {GitOpsManifests.KustomizationFileName} per cluster and {GitOpsManifests.FluxFileName}",
        _ => $", with a {GitOpsManifests.KustomizationFileName} per cluster",
    };
}
