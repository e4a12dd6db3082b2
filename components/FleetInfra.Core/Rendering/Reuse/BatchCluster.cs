using FleetInfra.Core.Planning;

namespace FleetInfra.Core.Rendering.Reuse;

/// <summary>A cluster of a batch with what rendering its apps needs.</summary>
internal sealed class BatchCluster(ClusterPlan plan)
{
    public ClusterPlan Plan { get; } = plan;

    public IIngressManifests Ingress { get; } = IIngressManifests.For(plan.Ingress);

    public ClusterNameFill Fill { get; } = new(plan.Name);
}
