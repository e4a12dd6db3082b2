using FleetInfra.Deploy.Reporting;
using FleetInfra.Deploy.Targets;

namespace FleetInfra.Deploy.Running;

/// <summary>After <c>destroy --expired</c>: the stack file of every review environment destroyed goes too, so it is not deployed again.</summary>
internal static class ExpiredStackFiles
{
    public static void RemoveDestroyed(DeployOptions options, StackCatalog catalog, IEnumerable<StackResult> results, TextWriter output)
    {
        if (options is not { Operation: DeployOperation.Destroy, ExpiredAt: not null })
        {
            return;
        }

        // Review stacks found only in the backend have no file.
        foreach (var result in results.Where(r => r.Outcome == StackOutcome.Succeeded && catalog.Names.Contains(r.Stack, StringComparer.Ordinal)).OrderBy(r => r.Stack, StringComparer.Ordinal))
        {
            var file = catalog.StackFile(result.Stack);
            File.Delete(file);
            output.WriteLine($"[{result.Stack}] removed {StackCatalog.StacksFolder}/{Path.GetFileName(file)}");
        }
    }
}
