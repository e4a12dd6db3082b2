using FleetInfra.Core.Config;
using FleetInfra.Core.Diagnostics;
using FleetInfra.Core.Costs;

namespace FleetInfra.Core.Planning;

/// <summary>
/// EKS: the VPC CNI gives every pod an address of its node's subnet, so a new VPC must hold the pods of every node group
/// at <c>maxSize</c>. The rule: node groups spread their nodes evenly over the zones (ceil(maxSize / zones) per zone), a
/// node takes one address plus one per pod up to its instance type's max pods (the largest of its types, from
/// <c>Costs/eni-limits.csv</c>; a type the table does not list is skipped), and a private subnet is one eighth of
/// the VPC less AWS's 5 reserved addresses (<see cref="EksVpcLayout"/>). Warm IP pools and prefix delegation are not counted.
/// </summary>
public static class VpcAddressCheck
{
    public static void Check(ClusterConfig cluster, string clusterPath, DiagnosticBag diagnostics)
    {
        if (cluster.Provider != CloudProvider.Eks || cluster.ExistingVpcId is not null || !Ipv4Cidr.TryParse(cluster.VpcCidr, out var vpc))
        {
            return;
        }

        const int zones = EksVpcLayout.DefaultAvailabilityZoneCount;
        var groups = new List<(string Name, int Nodes, int Pods)>();
        foreach (var group in cluster.NodeGroups)
        {
            var pods = group.InstanceTypes.Select(t => EniLimits.MaxPods(t) ?? 0).DefaultIfEmpty(0).Max();
            if (pods > 0 && group.MaxSize > 0)
            {
                groups.Add((group.Name, (group.MaxSize + zones - 1) / zones, pods));
            }
        }

        var needed = groups.Sum(g => (long)g.Nodes * (g.Pods + 1));
        var subnetPrefix = vpc.PrefixLength + EksVpcLayout.SubnetPrefixBits;
        var usable = EksVpcLayout.UsableAddresses(subnetPrefix);
        if (needed <= usable)
        {
            return;
        }

        var minimum = subnetPrefix;
        while (minimum > 0 && EksVpcLayout.UsableAddresses(minimum) < needed)
        {
            minimum--;
        }

        var breakdown = string.Join(", ", groups.Select(g => $"{g.Name}: {g.Nodes} nodes x ({g.Pods} pods + 1)"));
        diagnostics.Error(cluster.VpcCidrSource ?? cluster.Source, $"{clusterPath}.vpcCidr",
            $"{vpc} is too small for pod addresses: the VPC CNI gives every pod an address of its node's private subnet, and each of the {zones} private subnets (/{subnetPrefix}, {usable} usable addresses) must hold {needed} when the node groups are at maxSize ({breakdown}); use a /{minimum - EksVpcLayout.SubnetPrefixBits} or larger");
    }
}
