using System.Collections.Immutable;

namespace FleetInfra.Core.Costs;

/// <summary>One pod's requests.</summary>
public sealed record PodRequest(string App, int CpuMillis, int MemoryMiB);

/// <summary>A node group as the packer sees it: the room one node gives pods, and how many nodes it may have.</summary>
public sealed record PackGroup(string Name, int NodeCpuMillis, int NodeMemoryMiB, int MaxNodes);

/// <summary>Nodes opened per group (in the order given), and the pods that fit nowhere.</summary>
public sealed record PackResult(ImmutableArray<int> NodesPerGroup, ImmutableArray<PodRequest> Unplaced)
{
    public int Nodes => NodesPerGroup.Sum();
}

/// <summary>
/// First-fit decreasing bin packing, the estimate of how many nodes the apps need: pods largest CPU first (then memory,
/// then app name), each into the first open node with room, else a new node of the first group that is below its
/// maximum and can hold it. Deterministic; topology spread and affinity are not modelled.
/// </summary>
public static class BinPacking
{
    public static PackResult Pack(IEnumerable<PodRequest> pods, IReadOnlyList<PackGroup> groups)
    {
        var nodes = new List<(int Group, int FreeCpu, int FreeMemory)>();
        var counts = new int[groups.Count];
        var unplaced = ImmutableArray.CreateBuilder<PodRequest>();
        var ordered = pods
            .OrderByDescending(p => p.CpuMillis)
            .ThenByDescending(p => p.MemoryMiB)
            .ThenBy(p => p.App, StringComparer.Ordinal);
        foreach (var pod in ordered)
        {
            var index = nodes.FindIndex(n => n.FreeCpu >= pod.CpuMillis && n.FreeMemory >= pod.MemoryMiB);
            if (index >= 0)
            {
                var node = nodes[index];
                nodes[index] = (node.Group, node.FreeCpu - pod.CpuMillis, node.FreeMemory - pod.MemoryMiB);
                continue;
            }

            var group = Enumerable.Range(0, groups.Count).FirstOrDefault(
                g => counts[g] < groups[g].MaxNodes && groups[g].NodeCpuMillis >= pod.CpuMillis && groups[g].NodeMemoryMiB >= pod.MemoryMiB, -1);
            if (group < 0)
            {
                unplaced.Add(pod);
                continue;
            }

            counts[group]++;
            nodes.Add((group, groups[group].NodeCpuMillis - pod.CpuMillis, groups[group].NodeMemoryMiB - pod.MemoryMiB));
        }

        return new PackResult([.. counts], unplaced.ToImmutable());
    }
}
