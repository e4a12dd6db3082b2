using FleetInfra.Core.Autoscaling;
using FleetInfra.Core.Scheduling;

namespace FleetInfra.Core.Planning;

/// <summary>
/// Replica counts and sizes. With <see cref="Autoscaled"/> an HPA owns the replica count, scaling on
/// <see cref="Horizontal"/>'s CPU and memory targets; a KEDA ScaledObject owns it instead when the app has a
/// <see cref="Schedule"/> (scaling to zero outside the working hours) or Prometheus or queue triggers. A
/// <see cref="Vertical"/> plan adds a VerticalPodAutoscaler for the pods' requests.
/// </summary>
public sealed record ScalingPlan(int MinReplicas, int MaxReplicas)
{
    /// <value>70% of the CPU request.</value>
    public const int TargetCpuUtilizationPercent = HorizontalScaling.DefaultCpuPercent;

    /// <summary>The working hours outside which the app runs no replica; null runs it around the clock.</summary>
    public WorkingHours? Schedule { get; init; }

    /// <summary>What drives the replica count when <see cref="Autoscaled"/>: 70% CPU unless the intent says otherwise.</summary>
    public HorizontalScaling Horizontal { get; init; } = HorizontalScaling.Default;

    /// <summary>The app's VerticalPodAutoscaler; null for none (<c>vertical_scaling: off</c>).</summary>
    public VerticalPlan? Vertical { get; init; }

    public bool Autoscaled => MaxReplicas > MinReplicas;

    public bool Scheduled => Schedule is not null;

    /// <summary>A KEDA ScaledObject owns the replica count (working hours, or Prometheus or queue triggers), in place of an HPA.</summary>
    public bool ScaledByKeda => Scheduled || (Autoscaled && Horizontal.HasEventTriggers);

    /// <summary>
    /// A suspended review environment (<c>fleet:suspended</c>): a ScaledObject is paused at zero replicas, and an app
    /// without one runs zero replicas with no HPA to scale it back up.
    /// </summary>
    public bool Suspended { get; init; }

    /// <summary>FleetInfra renders an HPA for the app: it autoscales without KEDA and is not suspended.</summary>
    public bool RendersHpa => Autoscaled && !ScaledByKeda && !Suspended;

    /// <summary>Something other than the Deployment owns the replica count, so the Deployment leaves it out.</summary>
    public bool ReplicasOwnedElsewhere => ScaledByKeda || RendersHpa;

    /// <summary>The Deployment's replica count: null when an autoscaler owns it, zero when suspended, else the minimum.</summary>
    public int? DeploymentReplicas => ReplicasOwnedElsewhere ? null : Suspended ? 0 : MinReplicas;

    /// <summary>A PodDisruptionBudget whenever the app can run more than one replica.</summary>
    public bool NeedsDisruptionBudget => MaxReplicas > 1;
}
