using FleetInfra.Tests.Shared;
using System.Text.Json.Nodes;
using FleetInfra.Core.Rendering.GitOps;

namespace FleetInfra.Cli.Tests.GitOps;

/// <summary><c>fleet render --gitops</c>: kustomizations per cluster, and Argo CD and Flux objects that their real CRDs accept.</summary>
public sealed class GitOpsRenderTests
{
    public static TheoryData<string, string> StacksAndLayouts() => new()
    {
        { "dev", "app" },
        { "prod", "app" },
        { "prod", "cluster" },
    };

    [Theory]
    [MemberData(nameof(StacksAndLayouts))]
    public void Kustomization_ListsEveryFileOfTheClusterInApplyOrder(string stack, string layout)
    {
        using var render = new GitOpsRender(stack, "kustomize", layout);

        Assert.Equal(0, render.Result.ExitCode);
        Assert.EndsWith($", with a kustomization.yaml per cluster\n", render.Result.Output, StringComparison.Ordinal);
        Assert.All(render.ClusterFolders, folder =>
        {
            var kustomization = YamlJson.Stream(File.ReadAllText(Path.Combine(folder, GitOpsManifests.KustomizationFileName))).Single()!;
            var listed = kustomization["resources"]!.AsArray().Select(r => (string)r!).ToArray();
            var written = Directory.EnumerateFiles(folder).Select(Path.GetFileName)
                .Where(f => f != GitOpsManifests.KustomizationFileName).Order(StringComparer.Ordinal).ToArray();

            Assert.Equal("kustomize.config.k8s.io/v1beta1", (string?)kustomization["apiVersion"]);
            Assert.Equal("Kustomization", (string?)kustomization["kind"]);
            Assert.Equal(written, listed);
        });
        Assert.False(File.Exists(Path.Combine(render.Output, GitOpsManifests.ArgoCdFileName)));
        Assert.False(File.Exists(Path.Combine(render.Output, GitOpsManifests.FluxFileName)));
    }

    [Fact]
    public void GitOps_LeavesTheManifestsByteForByte()
    {
        using var render = new GitOpsRender("prod", "argocd");
        var plain = Path.Combine(Path.GetDirectoryName(render.Output)!, "plain");

        Assert.Equal(0, CliRun.Of("render", "--config", CliRun.StackFile("prod"), "--out", plain).ExitCode);
        foreach (var file in Directory.EnumerateFiles(plain, "*.yaml", SearchOption.AllDirectories))
        {
            Assert.Equal(File.ReadAllText(file), File.ReadAllText(Path.Combine(render.Output, Path.GetRelativePath(plain, file))));
        }
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public void ArgoCd_OneApplicationPerClusterThatTheApplicationCrdAccepts(string stack)
    {
        using var render = new GitOpsRender(stack, "argocd");

        Assert.Equal(0, render.Result.ExitCode);
        var applications = YamlJson.Stream(render.Read(GitOpsManifests.ArgoCdFileName));
        var clusters = render.ClusterFolders.Select(Path.GetFileName).ToArray();
        Assert.Equal(clusters, applications.Select(a => (string?)a!["spec"]!["destination"]!["name"]).Order(StringComparer.Ordinal).ToArray());
        Assert.All(applications, application =>
        {
            var cluster = (string)application!["spec"]!["destination"]!["name"]!;
            Assert.Equal("argoproj.io/v1alpha1", (string?)application["apiVersion"]);
            Assert.Equal("argocd", (string?)application["metadata"]!["namespace"]);
            Assert.Equal(GitOpsRender.RepositoryUrl, (string?)application["spec"]!["source"]!["repoURL"]);
            Assert.Equal($"deploy/render/{cluster}", (string?)application["spec"]!["source"]!["path"]);
            var sync = application["spec"]!["syncPolicy"]!;
            Assert.True((bool)sync["automated"]!["prune"]!);
            Assert.True((bool)sync["automated"]!["selfHeal"]!);
            Assert.Equal(["CreateNamespace=false", "ServerSideApply=true"], sync["syncOptions"]!.AsArray().Select(o => (string)o!));
        });
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public void Flux_OneKustomizationPerClusterThatTheKustomizationCrdAccepts(string stack)
    {
        using var render = new GitOpsRender(stack, "flux");

        Assert.Equal(0, render.Result.ExitCode);
        var kustomizations = YamlJson.Stream(render.Read(GitOpsManifests.FluxFileName));
        var clusters = render.ClusterFolders.Select(Path.GetFileName).ToArray();
        var named = kustomizations.Select(k => (string)k!["metadata"]!["labels"]!["fleetinfra.io/cluster"]!).ToArray();
        Assert.Equal(clusters, named.Order(StringComparer.Ordinal).ToArray());
        Assert.All(kustomizations.Zip(named), pair =>
        {
            var (kustomization, cluster) = pair;
            Assert.Equal("kustomize.toolkit.fluxcd.io/v1", (string?)kustomization!["apiVersion"]);
            Assert.Equal("flux-system", (string?)kustomization["metadata"]!["namespace"]);
            Assert.Equal($"./deploy/render/{cluster}", (string?)kustomization["spec"]!["path"]);
            Assert.True((bool)kustomization["spec"]!["prune"]!);
            Assert.Equal($"{cluster}-kubeconfig", (string?)kustomization["spec"]!["kubeConfig"]!["secretRef"]!["name"]);
            Assert.Equal("fleetinfra", (string?)kustomization["spec"]!["sourceRef"]!["name"]);
        });
    }

    [UpstreamCrdTheory(UpstreamCrds.ArgoCdApplication, UpstreamCrds.FluxKustomization)]
    [InlineData("dev")]
    [InlineData("prod")]
    public void ArgoCdAndFluxObjects_AreAcceptedByTheUpstreamCrds(string stack)
    {
        using var argo = new GitOpsRender(stack, "argocd");
        using var flux = new GitOpsRender(stack, "flux");

        Assert.All(YamlJson.Stream(argo.Read(GitOpsManifests.ArgoCdFileName)), a => Assert.Empty(UpstreamCrdSchema.Problems(CrdFixtures.ArgoCdApplication.Value, a!)));
        Assert.All(YamlJson.Stream(flux.Read(GitOpsManifests.FluxFileName)), k => Assert.Empty(UpstreamCrdSchema.Problems(CrdFixtures.FluxKustomization.Value, k!)));
    }

    [CrdModelsTheory]
    [InlineData("dev")]
    [InlineData("prod")]
    public void ArgoCdAndFluxObjects_PassTheValidatorsGeneratedFromTheirCrds(string stack)
    {
        using var argo = new GitOpsRender(stack, "argocd");
        using var flux = new GitOpsRender(stack, "flux");
        var objects = YamlJson.Stream(argo.Read(GitOpsManifests.ArgoCdFileName)).Concat(YamlJson.Stream(flux.Read(GitOpsManifests.FluxFileName)))
            .Select(o => o!.ToJsonString()).ToList();

        Assert.NotEmpty(objects);
        Assert.Empty(CrdModels.Problems(objects));
    }

    [CrdModelsFact]
    public void CrdModelValidators_RejectAWrongType()
    {
        using var flux = new GitOpsRender("dev", "flux");
        var kustomization = YamlJson.Stream(flux.Read(GitOpsManifests.FluxFileName))[0]!;
        kustomization["spec"]!["prune"] = "yes";

        Assert.Contains("prune must be boolean", Assert.Single(CrdModels.Problems([kustomization.ToJsonString()])), StringComparison.Ordinal);
    }

    [UpstreamCrdFact(UpstreamCrds.ArgoCdApplication, UpstreamCrds.FluxKustomization)]
    public void CrdSchemas_RejectAnUnknownFieldAndAMissingRequiredOne()
    {
        using var render = new GitOpsRender("dev", "argocd");
        var application = YamlJson.Stream(render.Read(GitOpsManifests.ArgoCdFileName))[0]!;
        var unknown = application.DeepClone();
        unknown["spec"]!["syncPolicy"]!["automated"]!["pruneAll"] = true;
        var missing = application.DeepClone();
        missing["spec"]!.AsObject().Remove("destination");
        using var flux = new GitOpsRender("dev", "flux");
        var kustomization = YamlJson.Stream(flux.Read(GitOpsManifests.FluxFileName))[0]!;
        var wrongType = kustomization.DeepClone();
        wrongType["spec"]!["prune"] = "yes";

        Assert.NotEmpty(UpstreamCrdSchema.Problems(CrdFixtures.ArgoCdApplication.Value, unknown));
        Assert.NotEmpty(UpstreamCrdSchema.Problems(CrdFixtures.ArgoCdApplication.Value, missing));
        Assert.NotEmpty(UpstreamCrdSchema.Problems(CrdFixtures.FluxKustomization.Value, wrongType));
    }

    [Theory]
    [InlineData(new[] { "--gitops", "argocd" }, "fleet render: --gitops argocd needs --repo-url, the Git repository Argo CD reads the render from")]
    [InlineData(new[] { "--gitops", "flux", "--repo-path", "../elsewhere" }, "fleet render: --repo-path '../elsewhere' must be a folder inside the repository, without a leading '/' or '..'")]
    [InlineData(new[] { "--gitops", "flux", "--flux-source", "Fleet_Repo" }, "fleet render: --flux-source 'Fleet_Repo' is not a Kubernetes object name; use lower-case letters, digits and '-'")]
    public void GitOps_BadSettings_AreUsageErrorsAndWriteNothing(string[] options, string expected)
    {
        var scratch = Directory.CreateTempSubdirectory("fleet-gitops-usage-");
        try
        {
            var output = Path.Combine(scratch.FullName, "render");
            var result = CliRun.Of(["render", "--config", CliRun.StackFile("dev"), "--out", output, .. options]);

            Assert.Equal(2, result.ExitCode);
            Assert.Equal(expected + "\n", result.Error);
            Assert.False(Directory.Exists(output));
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    [Fact]
    public void GitOps_UnknownTool_IsAUsageError()
    {
        var result = CliRun.Of("render", "--stack", "dev", "--out", "unused", "--gitops", "helm");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("helm", result.Error, StringComparison.Ordinal);
    }
}
