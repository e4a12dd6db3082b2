using FleetInfra.Core.Planning;
using FleetInfra.Deploy.Targets;

namespace FleetInfra.Deploy.Running;

/// <summary>
/// Validates every targeted stack with the core before any engine call, printing exactly what <c>fleet validate</c>
/// prints (one line per problem).
/// </summary>
public static class ValidationGate
{
    public sealed record Outcome(IReadOnlyList<StackTarget> Valid, IReadOnlyList<string> Invalid);

    public static Outcome Check(StackCatalog catalog, IReadOnlyList<string> stacks, TextWriter error)
    {
        var valid = new List<StackTarget>();
        var invalid = new List<string>();
        foreach (var stack in stacks)
        {
            var result = FleetLoader.Load(catalog.StackFile(stack), stackName: stack);
            foreach (var diagnostic in result.Diagnostics)
            {
                error.WriteLine(diagnostic.ToString());
            }

            if (result.Succeeded)
            {
                var providers = result.Plan!.Clusters.Select(c => c.Provider.ToString().ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal).ToList();
                valid.Add(new StackTarget(stack, result.Plan.Environment, result.Plan.Protect, providers)
                {
                    Labels = StackWaves.LabelsOf(result.Plan),
                    Rollout = result.Plan.Rollout,
                });
            }
            else
            {
                invalid.Add(stack);
            }
        }

        return new Outcome(valid, invalid);
    }
}
