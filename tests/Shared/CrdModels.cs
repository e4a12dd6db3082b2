using k8s;

namespace FleetInfra.Tests.Shared;

/// <summary>
/// Checks rendered custom resources with the validators of the kubernetes-models npm packages, which are generated from
/// the upstream CRDs (types, required fields, enums, formats; they do not reject undeclared fields). The packages are
/// pinned in <c>tests/node-tools/package.json</c> and installed by <c>scripts/test</c>; this runs
/// <c>tests/node-tools/validate.mjs</c> with node.
/// </summary>
public static class CrdModels
{
    public const string NotRun = "NOT RUN: the CRD validators of tests/node-tools are not installed (scripts/test installs node, npm and them where it can)";

    public static bool Installed => NodeTools.Installed("@kubernetes-models");

    /// <summary>One line per invalid object (<c>index kind/name: problem</c>); empty when every object is valid.</summary>
    public static IReadOnlyList<string> Problems(IEnumerable<object> objects) =>
        NodeTools.Run("validate.mjs", [], $"[{string.Join(",", objects.Select(o => o as string ?? KubernetesJson.Serialize(o)))}]").Lines;
}

/// <summary>A test that needs <see cref="CrdModels"/>; reported as skipped with a reason starting NOT RUN where they are missing.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class CrdModelsFactAttribute : FactAttribute
{
    public CrdModelsFactAttribute()
    {
        if (!CrdModels.Installed)
        {
            Skip = CrdModels.NotRun;
        }
    }
}

/// <inheritdoc cref="CrdModelsFactAttribute"/>
[AttributeUsage(AttributeTargets.Method)]
public sealed class CrdModelsTheoryAttribute : TheoryAttribute
{
    public CrdModelsTheoryAttribute()
    {
        if (!CrdModels.Installed)
        {
            Skip = CrdModels.NotRun;
        }
    }
}
