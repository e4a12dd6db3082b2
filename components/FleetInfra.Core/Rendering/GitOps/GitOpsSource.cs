using FleetInfra.Core.Naming;

namespace FleetInfra.Core.Rendering.GitOps;

/// <summary>Where the GitOps tool finds the render: the repository, the render folder inside it and the revision.</summary>
public sealed record GitOpsSource
{
    /// <value>HEAD: the default branch.</value>
    public const string DefaultRevision = "HEAD";

    /// <value>fleetinfra: the Flux GitRepository that holds the render.</value>
    public const string DefaultFluxSource = "fleetinfra";

    public required GitOpsTool Tool { get; init; }

    /// <summary>The folder of the render inside the repository, with '/' separators (<c>render</c>, <c>deploy/dev</c>).</summary>
    public required string RepositoryPath { get; init; }

    /// <summary>The repository URL Argo CD clones; required for <see cref="GitOpsTool.ArgoCd"/>.</summary>
    public string? RepositoryUrl { get; init; }

    public string Revision { get; init; } = DefaultRevision;

    /// <summary>The name of the Flux <c>GitRepository</c> in <c>flux-system</c> that holds the render.</summary>
    public string FluxSource { get; init; } = DefaultFluxSource;

    /// <summary>The folder of one cluster inside the repository.</summary>
    public string ClusterPath(string cluster) => RepositoryPath is "" or "." ? cluster : $"{RepositoryPath}/{cluster}";

    /// <summary>What is wrong with these settings, one message each; empty when they can be used.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Tool == GitOpsTool.ArgoCd && string.IsNullOrWhiteSpace(RepositoryUrl))
        {
            problems.Add("--gitops argocd needs --repo-url, the Git repository Argo CD reads the render from");
        }

        if (RepositoryPath.StartsWith('/') || RepositoryPath.Split('/').Any(part => part == ".."))
        {
            problems.Add($"--repo-path '{RepositoryPath}' must be a folder inside the repository, without a leading '/' or '..'");
        }

        if (!KubernetesNames.IsDnsSubdomain(FluxSource))
        {
            problems.Add($"--flux-source '{FluxSource}' is not a Kubernetes object name; use lower-case letters, digits and '-'");
        }

        return problems;
    }
}
