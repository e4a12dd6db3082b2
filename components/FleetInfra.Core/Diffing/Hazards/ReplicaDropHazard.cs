using FleetInfra.Core.Intents;
using FleetInfra.Core.Policies;
using FleetInfra.Core.Policies.Checks;

namespace FleetInfra.Core.Diffing.Hazards;

/// <summary>
/// FI105: an app's minimum replicas drop below what its PodDisruptionBudget (<c>maxUnavailable: 1</c>) keeps running, or
/// below the production minimum: with one replica, a node drain or a rollout leaves it with none.
/// </summary>
internal sealed class ReplicaDropHazard : IHazardRule
{
    public string Id => "FI105";

    public string Title => "replicas drop below the PodDisruptionBudget or the production minimum";

    public PolicyLevel DefaultLevel => PolicyLevel.Error;

    public IEnumerable<HazardFinding> Check(HazardContext context) =>
        from cluster in context.Clusters
        from app in cluster.AppsOnBoth
        where app.After.Scaling.MinReplicas < app.Before.Scaling.MinReplicas
              && app.After.Scaling.MinReplicas < ProductionReplicasPolicy.MinReplicas
              && (app.Before.Scaling.NeedsDisruptionBudget || context.IsProduction)
        select new HazardFinding(
            cluster.Name,
            context.AppSource(app.After.Name, IntentKeys.MinInstances),
            $"app '{app.After.Name}' on {cluster.Name} drops from {app.Before.Scaling.MinReplicas} to {app.After.Scaling.MinReplicas} minimum replica{(app.After.Scaling.MinReplicas == 1 ? string.Empty : "s")}{(context.IsProduction ? $" in {context.Head.Stack.Environment}" : string.Empty)}: {(app.Before.Scaling.NeedsDisruptionBudget ? "its PodDisruptionBudget (maxUnavailable: 1) then lets a node drain evict the last pod, and " : string.Empty)}a drain, a rollout or a zone outage leaves it with no pod running; keep min_running_instances at {ProductionReplicasPolicy.MinReplicas} or more");
}
