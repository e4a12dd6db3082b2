using FleetInfra.Core.Config;

namespace FleetInfra.Tests.Shared;

/// <summary>
/// The upstream CustomResourceDefinitions the strict CRD tests read. They are not in the repository (files fetched from
/// other projects may not be committed here): the tests read them from <c>$FLEETINFRA_CRDS</c>, else from
/// <c>../shared/reference/crds</c> beside the repository. docs/crds.md names each file's repository, tag and path.
/// Where a file is missing its tests are reported as skipped with a reason starting NOT RUN, never passed.
/// </summary>
public static class UpstreamCrds
{
    // Every file here is one scripts/test requires (it reads these names); ../shared/reference/crds/README.md names
    // each file's repository, tag and commit.
    public const string ArgoCdApplication = "argocd-v3.5.1-application-crd.yaml";

    public const string ArgoCdApplicationSet = "argocd-v3.5.1-applicationset-crd.yaml";

    public const string FluxKustomization = "flux-kustomize-controller-v1.9.4-kustomizations-crd.yaml";

    public const string KedaScaledObject = "keda-v2.20.2-scaledobjects-crd.yaml";

    public const string VerticalPodAutoscaler = "vpa-v1.7.1-crd.yaml";

    public const string PulumiOperatorStack = "pulumi-kubernetes-operator-v2.9.0-stacks-crd.yaml";

    public static string Folder { get; } = Environment.GetEnvironmentVariable("FLEETINFRA_CRDS") is { Length: > 0 } folder
        ? Path.GetFullPath(folder)
        : Path.GetFullPath(Path.Combine(
            ProjectRoot.Find(AppContext.BaseDirectory) ?? throw new InvalidOperationException("Pulumi.yaml not found above the tests"), "..", "shared", "reference", "crds"));

    public static string PathOf(string file) => Path.Combine(Folder, file);

    /// <summary>Null when every file is there, else why the test cannot run.</summary>
    public static string? NotRun(IEnumerable<string> files) =>
        files.Where(f => !File.Exists(PathOf(f))).ToList() is { Count: > 0 } missing
            ? $"NOT RUN: the upstream CRD {string.Join(", ", missing)} is not in {Folder} (set FLEETINFRA_CRDS; docs/crds.md says where each comes from)"
            : null;
}

/// <summary>A test that needs upstream CRD files (<see cref="UpstreamCrds"/>).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class UpstreamCrdFactAttribute : FactAttribute
{
    public UpstreamCrdFactAttribute(params string[] files) => Skip = UpstreamCrds.NotRun(files);
}

/// <inheritdoc cref="UpstreamCrdFactAttribute"/>
[AttributeUsage(AttributeTargets.Method)]
public sealed class UpstreamCrdTheoryAttribute : TheoryAttribute
{
    public UpstreamCrdTheoryAttribute(params string[] files) => Skip = UpstreamCrds.NotRun(files);
}
