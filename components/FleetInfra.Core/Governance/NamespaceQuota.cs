using FleetInfra.Core.Quantities;

namespace FleetInfra.Core.Governance;

/// <summary>The hard limits of one app namespace's ResourceQuota (besides <c>services.loadbalancers: 0</c>).</summary>
/// <param name="Cpu">The sum of CPU requests.</param>
/// <param name="Memory">The sum of memory requests, and of memory limits.</param>
/// <param name="Pods">The number of pods.</param>
public readonly record struct NamespaceQuota(CpuQuantity Cpu, MemoryQuantity Memory, int Pods);
