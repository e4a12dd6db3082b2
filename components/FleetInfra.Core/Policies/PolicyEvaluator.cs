using FleetInfra.Core.Diagnostics;

namespace FleetInfra.Core.Policies;

/// <summary>Runs every policy at the stack's level for it and reports each finding as a diagnostic prefixed with the policy id.</summary>
public static class PolicyEvaluator
{
    /// <summary>The level a policy runs at in the stack: its <c>fleet:policies</c> entry, else its default.</summary>
    public static PolicyLevel LevelOf(IPolicy policy, Config.StackConfig stack) => LevelOf(policy.Id, policy.DefaultLevel, stack);

    /// <summary>The level of a policy or <c>fleet diff</c> hazard id in the stack: its <c>fleet:policies</c> entry, else <paramref name="defaultLevel"/>.</summary>
    internal static PolicyLevel LevelOf(string id, PolicyLevel defaultLevel, Config.StackConfig stack) =>
        stack.PolicyLevels.TryGetValue(id, out var level) ? level : defaultLevel;

    public static void Evaluate(PolicyContext context, DiagnosticBag diagnostics)
    {
        foreach (var policy in PolicyCatalog.All)
        {
            var level = LevelOf(policy, context.Stack);
            if (level == PolicyLevel.Off)
            {
                continue;
            }

            diagnostics.AddRange(policy.Check(context).Select(finding => new Diagnostic(
                finding.Location,
                finding.FieldPath,
                $"{policy.Id}: {finding.Message}",
                level == PolicyLevel.Error ? Severity.Error : Severity.Warning)));
        }
    }
}
