namespace FleetInfra.Core.Costs;

/// <summary>
/// What a node group offers the cluster's apps and how much of it they request. Apps run on every group without a
/// NoSchedule or NoExecute taint (FleetInfra's pods tolerate none), so utilisation is that pool's: the scheduler
/// spreads pods over all of its nodes.
/// </summary>
/// <param name="Status">ok, over-provisioned, under-provisioned, tainted (no app runs there) or unknown (no allocatable data).</param>
/// <param name="AllocatableCpuMillis">Per node, computed from the type's specs (MachineTypeTable); null when they are unknown.</param>
/// <param name="AllocatableMemoryMiB">Per node.</param>
/// <param name="NodesNeededAtMin">Nodes of this group the bin-packing estimate fills with the apps at minimum replicas.</param>
/// <param name="NodesNeededAtMax">The same at maximum replicas.</param>
/// <param name="CpuUtilisationPercent">The pool's CPU requests at minimum replicas over its capacity at desired sizes.</param>
/// <param name="MemoryUtilisationPercent">The same for memory.</param>
public sealed record NodeGroupCapacity(
    string Status,
    int? AllocatableCpuMillis,
    int? AllocatableMemoryMiB,
    int NodesNeededAtMin,
    int NodesNeededAtMax,
    double? CpuUtilisationPercent,
    double? MemoryUtilisationPercent);
