using FleetInfra.Core.Intents;

namespace FleetInfra.Core.Policies.Checks;

/// <summary>FI002: the memory limit equals the request, so a pod never uses memory the scheduler did not reserve for it.</summary>
public sealed class MemoryLimitPolicy : IPolicy
{
    public string Id => "FI002";

    public string Title => "memory limit equals the memory request";

    public PolicyLevel DefaultLevel => PolicyLevel.Error;

    public IEnumerable<PolicyFinding> Check(PolicyContext context) =>
        context.Apps
            .Where(a => a.App.MemoryLimit is { } limit && limit != a.App.Memory)
            .Select(a => new PolicyFinding(
                a.Intent.SourceOf(IntentKeys.Memory),
                PolicyContext.FieldOf(a.Intent, IntentKeys.Memory),
                $"memory limit {PolicyText.Memory(a.App.MemoryLimit!.Value)} differs from the request {PolicyText.Memory(a.App.Memory)}; plan the limit equal to the request so the node never runs out of memory it promised other pods"));
}
