namespace FleetInfra.Core.Planning;

/// <summary>Replica counts. With <see cref="Autoscaled"/> an HPA owns the replica count.</summary>
public sealed record ScalingPlan(int MinReplicas, int MaxReplicas)
{
    /// <value>70% of the CPU request.</value>
    public const int TargetCpuUtilizationPercent = 70;

    public bool Autoscaled => MaxReplicas > MinReplicas;

    /// <summary>A PodDisruptionBudget whenever the app can run more than one replica.</summary>
    public bool NeedsDisruptionBudget => MaxReplicas > 1;
}
