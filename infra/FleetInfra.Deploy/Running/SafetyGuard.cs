namespace FleetInfra.Deploy.Running;

/// <summary>Refuses, before any engine call, what production stacks need an explicit yes or a saved plan for.</summary>
public static class SafetyGuard
{
    /// <summary>One line per refusal; empty when the run may go on.</summary>
    public static IReadOnlyList<string> Check(DeployOptions options, IReadOnlyList<StackTarget> targets)
    {
        var refusals = new List<string>();
        var production = targets.Where(t => t.IsProduction).ToList();
        if (options.Operation == DeployOperation.Destroy
            && options.YesDestroyProduction.Except(production.Select(t => t.Name), StringComparer.Ordinal).ToList() is { Count: > 0 } stray)
        {
            var known = production.Count == 0 ? "none" : string.Join(", ", production.Select(t => t.Name));
            refusals.Add($"--yes-destroy-production names {string.Join(", ", stray)}, which {(stray.Count == 1 ? "is not a production stack" : "are not production stacks")} of this run (production stacks: {known}); name exactly the production stacks to destroy");
        }

        foreach (var target in production)
        {
            var why = Describe(target);
            if (options.Operation == DeployOperation.Destroy && !options.YesDestroyProduction.Contains(target.Name, StringComparer.Ordinal))
            {
                refusals.Add($"refusing to destroy production stack {target.Name} ({why}); pass --yes-destroy-production {target.Name} to destroy it");
            }

            if (options.Operation == DeployOperation.Up && !options.NoPlan)
            {
                if (options.PlanDirectory is null)
                {
                    refusals.Add($"up of production stack {target.Name} ({why}) needs the plan of a reviewed preview: run 'fleet deploy preview --plan DIR' first, then 'fleet deploy up --plan DIR' (or pass --no-plan)");
                }
                else if (!File.Exists(options.PlanFile(target.Name)))
                {
                    refusals.Add($"no saved plan {options.PlanFile(target.Name)} for production stack {target.Name}; run 'fleet deploy preview --stack {target.Name} --plan {options.PlanDirectory}' first");
                }
            }
        }

        return refusals;
    }

    private static string Describe(StackTarget target) =>
        target.Environment is "prod" or "production" ? $"environment {target.Environment}" : "fleet:protect is true";
}
