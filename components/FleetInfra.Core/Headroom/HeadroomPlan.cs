using FleetInfra.Core.Diagnostics;
using FleetInfra.Core.Quantities;

namespace FleetInfra.Core.Headroom;

/// <summary>
/// One Deployment of pause pods keeping room free on a cluster: <see cref="Replicas"/> pods of <see cref="Cpu"/> and
/// <see cref="Memory"/> each, on <see cref="NodeGroup"/> (or anywhere for a stack-wide headroom).
/// </summary>
/// <param name="Name">The Deployment's name: <c>headroom</c>, or <c>headroom-&lt;node group&gt;</c>.</param>
/// <param name="NodeGroup">The node group the pods are pinned to; null for the stack's headroom.</param>
/// <param name="Replicas">Pause pods.</param>
/// <param name="Cpu">Each pod's CPU request.</param>
/// <param name="Memory">Each pod's memory request (and limit).</param>
/// <param name="Source">Where the headroom is written, for findings.</param>
/// <param name="Path">Its field path, like <c>fleet:clusters[0].nodeGroups[1].headroom</c>.</param>
public sealed record HeadroomPlan(string Name, string? NodeGroup, int Replicas, CpuQuantity Cpu, MemoryQuantity Memory, SourceLocation Source, string Path)
{
    public long TotalMillicores => (long)Cpu.Millicores * Replicas;

    public long TotalMemoryBytes => Memory.Bytes * Replicas;
}
