using System.Collections.Immutable;
using FleetInfra.Core.Diagnostics;
using FleetInfra.Core.Planning;
using FleetInfra.Core.Rollout;

namespace FleetInfra.Deploy.Running;

/// <summary>
/// The stacks of a fleet in rollout waves. A stack is the unit of a Pulumi update, so a fleet rolls out one stack at a
/// time: the waves of <c>fleet:rollout</c> are applied to the stacks, each labelled with what all its clusters share
/// plus <c>stack</c> and <c>environment</c>. Every stack that states a rollout must state the same one; a fleet where
/// none does is one wave.
/// </summary>
public static class StackWaves
{
    public sealed record Plan(ImmutableArray<ImmutableArray<StackTarget>> Waves, int PauseSeconds, ImmutableArray<string> Warnings);

    /// <summary>The labels every cluster of the stack has with the same value, plus <c>stack</c> and <c>environment</c>.</summary>
    public static IReadOnlyDictionary<string, string> LabelsOf(FleetPlan plan)
    {
        var labels = plan.Clusters.Select(c => c.Labels).ToArray();
        var shared = labels.Length == 0
            ? new Dictionary<string, string>(StringComparer.Ordinal)
            : labels[0].Where(l => labels.All(other => other.TryGetValue(l.Key, out var value) && value == l.Value)).ToDictionary(l => l.Key, l => l.Value, StringComparer.Ordinal);
        shared["stack"] = plan.Stack;
        shared["environment"] = plan.Environment;
        return shared;
    }

    /// <summary>The waves of <paramref name="targets"/> (in name order within a wave), or the reason they have none.</summary>
    public static (Plan? Plan, string? Error) Of(IReadOnlyList<StackTarget> targets)
    {
        var stated = targets.Where(t => t.Rollout is not null).ToArray();
        if (stated.FirstOrDefault(t => !t.Rollout!.SameAs(stated[0].Rollout!)) is { } other)
        {
            return (null, $"stacks {stated[0].Name} ({stated[0].Rollout!.Source}) and {other.Name} ({other.Rollout!.Source}) state different fleet:rollout waves; " +
                "the stacks of a fleet roll out in one order, so state the same waves in both (or remove one)");
        }

        var ordered = targets.OrderBy(t => t.Name, StringComparer.Ordinal).ToArray();
        var diagnostics = new DiagnosticBag();
        var names = RolloutPlanner.Order([.. ordered.Select(t => (t.Name, t.Labels))], stated.FirstOrDefault()?.Rollout, "stack", diagnostics);
        var byName = ordered.ToDictionary(t => t.Name, StringComparer.Ordinal);
        return (new Plan(
            [.. names.Select(wave => wave.Select(name => byName[name]).ToImmutableArray())],
            stated.FirstOrDefault()?.Rollout?.PauseSeconds ?? 0,
            [.. diagnostics.ToImmutableSorted().Select(d => d.ToString())]), null);
    }
}
