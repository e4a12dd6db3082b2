namespace FleetInfra.Cli.Tests.GitOps;

/// <summary>
/// A test that needs <c>kubectl</c>. Where it is not installed the test is reported as skipped with a reason that
/// starts <c>NOT RUN</c>, never passed; <c>scripts/test</c> installs it where it can, else repeats that on its last line.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class KubectlFactAttribute : FactAttribute
{
    public const string NotRun = "NOT RUN: kubectl is not installed, so no kustomization was built (install Debian's kubectl or kubernetes-client; scripts/test does where it can)";

    public KubectlFactAttribute()
    {
        if (Kubectl.Path is null)
        {
            Skip = NotRun;
        }
    }
}
