using System.Collections.Immutable;
using FleetInfra.Core.Diagnostics;

namespace FleetInfra.Core.Rollout;

/// <summary>
/// Orders units (the clusters of a stack, or the stacks of a fleet) into waves: a selector wave takes every unit not yet
/// in a wave whose labels match; a percent wave takes the next units, in the order written, until that percentage of
/// all units (rounded up) is in a wave. Units no wave takes form a last wave. A wave that takes nothing is a warning.
/// </summary>
public static class RolloutPlanner
{
    public static ImmutableArray<ImmutableArray<string>> Order(
        IReadOnlyList<(string Name, IReadOnlyDictionary<string, string> Labels)> units, RolloutConfig? rollout, string what, DiagnosticBag diagnostics)
    {
        if (rollout is null || units.Count == 0)
        {
            return units.Count == 0 ? [] : [[.. units.Select(u => u.Name)]];
        }

        var taken = new HashSet<string>(StringComparer.Ordinal);
        var waves = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
        foreach (var wave in rollout.Waves)
        {
            var members = wave.Selector is { } selector
                ? units.Where(u => !taken.Contains(u.Name) && selector.Matches(u.Labels)).Select(u => u.Name).ToList()
                : units.Where(u => !taken.Contains(u.Name)).Select(u => u.Name).Take(Math.Max(0, (int)Math.Ceiling(units.Count * wave.Percent!.Value / 100.0) - taken.Count)).ToList();
            if (members.Count == 0)
            {
                diagnostics.Warning(wave.Source, wave.FieldPath,
                    $"wave {waves.Count + 1} ({wave}) takes no {what}: every {what} it could take is in an earlier wave or none matches; remove it or change its selector");
                continue;
            }

            taken.UnionWith(members);
            waves.Add([.. members]);
        }

        if (taken.Count < units.Count)
        {
            waves.Add([.. units.Where(u => !taken.Contains(u.Name)).Select(u => u.Name)]);
        }

        return waves.ToImmutable();
    }
}
