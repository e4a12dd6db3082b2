using FleetInfra.Core.Config;
using FleetInfra.Core.Governance;
using FleetInfra.Core.Planning;

namespace FleetInfra.Core.Policies.Checks;

/// <summary>
/// FI005: on every cluster, a team's apps fit its budget at their peak (max replicas plus the rolling update's surge);
/// otherwise their ResourceQuotas, split from the budget, stop them scaling or rolling out.
/// </summary>
public sealed class TeamBudgetPolicy : IPolicy
{
    public string Id => "FI005";

    public string Title => "a team's apps fit its budget at max replicas";

    public PolicyLevel DefaultLevel => PolicyLevel.Error;

    public IEnumerable<PolicyFinding> Check(PolicyContext context)
    {
        foreach (var cluster in context.Plan.Clusters)
        {
            foreach (var group in cluster.Apps.Where(a => a.Governance?.Owner.Budget is not null).GroupBy(a => a.Governance!.Owner))
            {
                var team = group.Key;
                var budget = team.Budget!;
                var apps = group.ToList();
                var need = AppDemand.Sum(apps.Select(AppDemand.AtPeak));
                if (budget.Cpu is { } cpu && need.Cpu.Millicores > cpu.Millicores)
                {
                    yield return Finding(team, cluster, "cpu", PolicyText.Cpu(need.Cpu), PolicyText.Cpu(cpu), apps, a => PolicyText.Cpu(AppDemand.AtPeak(a).Cpu));
                }

                if (budget.Memory is { } memory && need.Memory.Bytes > memory.Bytes)
                {
                    yield return Finding(team, cluster, "memory", PolicyText.Memory(need.Memory), PolicyText.Memory(memory), apps, a => PolicyText.Memory(AppDemand.AtPeak(a).Memory));
                }

                if (budget.Pods is { } pods && need.Pods > pods)
                {
                    yield return Finding(team, cluster, "pods", Pods(need.Pods), Pods(pods), apps, a => Pods(AppDemand.AtPeak(a).Pods));
                }
            }
        }
    }

    private static string Pods(int count) => count == 1 ? "1 pod" : $"{count} pods";

    private static PolicyFinding Finding(TeamConfig team, ClusterPlan cluster, string key, string need, string budget, List<AppPlan> apps, Func<AppPlan, string> share) => new(
        team.Budget!.Source,
        $"{team.Path}.budget.{key}",
        $"team '{team.Name}' needs {need} on cluster {cluster.Name} at max replicas plus one rolling-update surge ({string.Join(", ", apps.Select(a => $"{a.Name} {share(a)}"))}), over its budget of {budget}; raise budget.{key} or lower the apps' max_running_instances or requests");
}
