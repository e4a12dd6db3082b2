using FleetInfra.Core.Intents;

namespace FleetInfra.Core.Policies.Checks;

/// <summary>FI001: in production a public app runs at least two replicas, so one node or zone going down does not take it offline.</summary>
public sealed class ProductionReplicasPolicy : IPolicy
{
    /// <value>2.</value>
    public const int MinReplicas = 2;

    public string Id => "FI001";

    public string Title => "public apps run at least 2 replicas in production";

    public PolicyLevel DefaultLevel => PolicyLevel.Error;

    public IEnumerable<PolicyFinding> Check(PolicyContext context) =>
        context.IsProduction
            ? context.Apps
                .Where(a => a.App.IsPublic && a.App.Scaling.MinReplicas < MinReplicas)
                .Select(a => new PolicyFinding(
                    a.Intent.SourceOf(IntentKeys.MinInstances),
                    PolicyContext.FieldOf(a.Intent, IntentKeys.MinInstances),
                    $"public app '{a.App.Name}' runs {a.App.Scaling.MinReplicas} replica in {context.Stack.Environment}; set min_running_instances to {MinReplicas} or more (in the intent or fleet:appOverrides) so one node or zone outage does not take it offline"))
            : [];
}
