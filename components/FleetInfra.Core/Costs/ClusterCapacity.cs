using System.Collections.Immutable;

namespace FleetInfra.Core.Costs;

/// <summary>
/// A cluster's app requests against the capacity of the node groups they can run on (after the per-node DaemonSet
/// reserve of <see cref="CostAssumptions"/>), at minimum and maximum replicas.
/// </summary>
public sealed record ClusterCapacity(
    ImmutableArray<string> NodeGroups,
    int RequestedCpuMillisAtMin,
    int RequestedMemoryMiBAtMin,
    int RequestedCpuMillisAtMax,
    int RequestedMemoryMiBAtMax,
    int CapacityCpuMillisAtDesired,
    int CapacityMemoryMiBAtDesired,
    int CapacityCpuMillisAtMax,
    int CapacityMemoryMiBAtMax,
    int NodesNeededAtMin,
    int NodesNeededAtMax,
    bool FitsAtMax);
