namespace FleetInfra.Cli.Tests.GitOps;

/// <summary>
/// A test that needs <c>kubectl</c>. Where it is not installed the test is reported as skipped with a reason that
/// starts <c>NOT RUN</c>, never passed; <c>scripts/test</c> repeats that on its last line. <c>.ci/run</c> installs it.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class KubectlFactAttribute : FactAttribute
{
    public const string NotRun = "NOT RUN: kubectl is not installed, so no kustomization was built (install Debian's kubectl or kubernetes-client; .ci/run does)";

    public KubectlFactAttribute()
    {
        if (Kubectl.Path is null)
        {
            Skip = NotRun;
        }
    }
}
