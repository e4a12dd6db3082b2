using FleetInfra.Core.Scheduling;

namespace FleetInfra.Core.Planning;

/// <summary>
/// Replica counts. With <see cref="Autoscaled"/> an HPA owns the replica count; with a <see cref="Schedule"/> a KEDA
/// ScaledObject owns it instead (scaling to zero outside the working hours, and on CPU inside them when autoscaled).
/// </summary>
public sealed record ScalingPlan(int MinReplicas, int MaxReplicas)
{
    /// <value>70% of the CPU request.</value>
    public const int TargetCpuUtilizationPercent = 70;

    /// <summary>The working hours outside which the app runs no replica; null runs it around the clock.</summary>
    public WorkingHours? Schedule { get; init; }

    public bool Autoscaled => MaxReplicas > MinReplicas;

    public bool Scheduled => Schedule is not null;

    /// <summary>Something other than the Deployment owns the replica count, so the Deployment leaves it out.</summary>
    public bool ReplicasOwnedElsewhere => Autoscaled || Scheduled;

    /// <summary>A PodDisruptionBudget whenever the app can run more than one replica.</summary>
    public bool NeedsDisruptionBudget => MaxReplicas > 1;
}
