using System.Diagnostics;
using FleetInfra.Core.Config;
using k8s;

namespace FleetInfra.Tests.Shared;

/// <summary>
/// Checks rendered custom resources with the validators of the kubernetes-models npm packages, which are generated from
/// the upstream CRDs (types, required fields, enums, formats; they do not reject undeclared fields). The packages are
/// pinned in <c>tests/crd-models/package.json</c> and installed by <c>scripts/test</c>; this runs
/// <c>tests/crd-models/validate.mjs</c> with node.
/// </summary>
public static class CrdModels
{
    public const string NotRun = "NOT RUN: the CRD validators of tests/crd-models are not installed (scripts/test installs them with npm; .ci/run installs node and npm)";

    public static string Folder { get; } = Path.Combine(
        ProjectRoot.Find(AppContext.BaseDirectory) ?? throw new InvalidOperationException("Pulumi.yaml not found above the tests"), "tests", "crd-models");

    public static bool Installed => Directory.Exists(Path.Combine(Folder, "node_modules", "@kubernetes-models")) && Node is not null;

    private static string? Node { get; } = Environment.GetEnvironmentVariable("PATH")?.Split(Path.PathSeparator)
        .Select(directory => Path.Combine(directory, "node"))
        .FirstOrDefault(File.Exists);

    /// <summary>One line per invalid object (<c>index kind/name: problem</c>); empty when every object is valid.</summary>
    public static IReadOnlyList<string> Problems(IEnumerable<object> objects)
    {
        var json = $"[{string.Join(",", objects.Select(o => o as string ?? KubernetesJson.Serialize(o)))}]";
        var start = new ProcessStartInfo(Node ?? throw new InvalidOperationException(NotRun), [Path.Combine(Folder, "validate.mjs")])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Folder,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(json);
        process.StandardInput.Close();
        process.WaitForExit();
        if (process.ExitCode is not (0 or 1) || error.Result.Length > 0)
        {
            throw new InvalidOperationException($"validate.mjs failed (exit {process.ExitCode}): {error.Result}");
        }

        return [.. output.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries)];
    }
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
