using FleetInfra.Core.Planning;

namespace FleetInfra.Core.Rendering.Reuse;

/// <summary>A cluster of a batch with what rendering its apps needs.</summary>
internal sealed class BatchCluster(ClusterPlan plan)
{
    public ClusterPlan Plan { get; } = plan;

    public IIngressManifests Ingress { get; } = IIngressManifests.For(plan.Ingress);

    public ClusterNameFill Fill { get; } = new(plan.Name);

    /// <summary>Whether this cluster's apps may be written from the batch's templates; set once, before any is written.</summary>
    public bool UsesTemplates { get; set; } = true;
}
