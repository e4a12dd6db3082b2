namespace FleetInfra.Core.Costs;

/// <summary>
/// What a node of an instance or machine type offers to pods once the kubelet's reservations and the eviction threshold
/// are taken off, computed by <see cref="MachineTypeTable"/> from the type's specs and the providers' formulas.
/// </summary>
/// <param name="Provider"><c>aws</c> or <c>gcp</c>.</param>
/// <param name="Name">The EC2 instance type or GCE machine type.</param>
/// <param name="Vcpu">Virtual CPUs.</param>
/// <param name="MemoryMiB">Memory as sold, in MiB.</param>
/// <param name="MaxPods">Pods per node (EKS: the VPC CNI's ENI limit; GKE: 110).</param>
/// <param name="AllocatableCpuMillis">CPU for pods: the vCPUs less the kube-reserved share (6% of the first core, 1% of the second, 0.5% of the next two, 0.25% above).</param>
/// <param name="AllocatableMemoryMiB">Memory for pods: EKS less 255Mi + 11Mi per pod; GKE less 25%/20%/10%/6%/2% bands; both less the 100Mi eviction threshold.</param>
/// <param name="Source">Where the specs and the formula come from.</param>
public sealed record MachineType(string Provider, string Name, int Vcpu, int MemoryMiB, int MaxPods, int AllocatableCpuMillis, int AllocatableMemoryMiB, string Source);
