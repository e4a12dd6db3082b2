using FleetInfra.Core.Config;
using FleetInfra.Core.Quantities;

namespace FleetInfra.Core.Policies;

/// <summary>An EC2 instance type or GCE machine type with what a node of that type offers pods.</summary>
public sealed record MachineType(CloudProvider Provider, string Name, CpuQuantity Allocatable, MemoryQuantity AllocatableMemory);
