namespace FleetInfra.Core.Config;

/// <summary>
/// How a new EKS VPC is cut, shared by the check of its size and the Pulumi layer that creates it: the VPC CIDR in
/// eight equal blocks, the private subnets (nodes and, with the VPC CNI, every pod) in the first ones, one per zone.
/// </summary>
public static class EksVpcLayout
{
    /// <value>3 zones: one private and one public subnet each.</value>
    public const int DefaultAvailabilityZoneCount = 3;

    /// <value>3: the VPC CIDR is split in 2^3 = 8 blocks, so a subnet's prefix is the VPC's plus 3.</value>
    public const int SubnetPrefixBits = 3;

    /// <value>5: AWS reserves the first four addresses and the last one of every subnet.</value>
    public const int ReservedAddressesPerSubnet = 5;

    /// <summary>The addresses a subnet of prefix <paramref name="prefixLength"/> offers to nodes and pods.</summary>
    public static long UsableAddresses(int prefixLength) => Math.Max(0, (1L << (32 - prefixLength)) - ReservedAddressesPerSubnet);
}
