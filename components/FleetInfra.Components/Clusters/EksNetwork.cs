using System.Collections.Immutable;
using FleetInfra.Core.Config;
using Pulumi;
using Pulumi.Aws;
using Pulumi.Aws.Ec2;
using Pulumi.Aws.Ec2.Inputs;

namespace FleetInfra.Components.Clusters;

/// <summary>The VPC an EKS cluster runs in: created here, or taken from config.</summary>
internal sealed record EksNetwork(
    Output<string> VpcId,
    Output<ImmutableArray<string>> PublicSubnetIds,
    Output<ImmutableArray<string>> PrivateSubnetIds)
{
    /// <summary>Subnet tag the AWS Load Balancer Controller uses to find subnets for internet-facing load balancers.</summary>
    public const string PublicElbTag = "kubernetes.io/role/elb";

    /// <summary>Subnet tag the AWS Load Balancer Controller uses to find subnets for internal load balancers.</summary>
    public const string InternalElbTag = "kubernetes.io/role/internal-elb";

    private const string AnyIpv4 = "0.0.0.0/0";

    public static EksNetwork Existing(ClusterConfig cluster) => new(
        Output.Create(cluster.ExistingVpcId!),
        Output.Create(cluster.ExistingPublicSubnetIds),
        Output.Create(cluster.ExistingPrivateSubnetIds));

    /// <summary>
    /// A new VPC across <paramref name="zoneCount"/> zones: per zone a public subnet (with a NAT gateway) and a private
    /// subnet for the nodes. The VPC CIDR is split in eight equal blocks: private subnets take the first ones,
    /// public subnets start at the fifth.
    /// </summary>
    public static EksNetwork Create(string name, ClusterConfig cluster, int zoneCount, Resource parent, ProviderResource aws, bool protect)
    {
        CustomResourceOptions Options() => new() { Parent = parent, Provider = aws, Protect = protect };

        Ipv4Cidr.TryParse(cluster.VpcCidr, out var vpcCidr);
        var subnetPrefix = vpcCidr.PrefixLength + 3;
        var zones = GetAvailabilityZones.Invoke(
            new GetAvailabilityZonesInvokeArgs { State = "available" },
            new InvokeOptions { Parent = parent, Provider = aws });

        var vpc = new Vpc($"{name}-vpc", new VpcArgs
        {
            CidrBlock = vpcCidr.ToString(),
            EnableDnsHostnames = true,
            EnableDnsSupport = true,
            Tags = { ["Name"] = $"{cluster.Name}-vpc" },
        }, Options());

        var internetGateway = new InternetGateway($"{name}-igw", new InternetGatewayArgs
        {
            VpcId = vpc.Id,
            Tags = { ["Name"] = $"{cluster.Name}-igw" },
        }, Options());

        var publicRoutes = new RouteTable($"{name}-public-rt", new RouteTableArgs
        {
            VpcId = vpc.Id,
            Routes = { new RouteTableRouteArgs { CidrBlock = AnyIpv4, GatewayId = internetGateway.Id } },
            Tags = { ["Name"] = $"{cluster.Name}-public" },
        }, Options());

        var publicSubnets = new List<Output<string>>();
        var privateSubnets = new List<Output<string>>();
        for (var zone = 0; zone < zoneCount; zone++)
        {
            var zoneIndex = zone;
            var zoneName = zones.Apply(z => z.Names.Length > zoneIndex
                ? z.Names[zoneIndex]
                : throw new InvalidOperationException($"Region {cluster.Region} has {z.Names.Length} available zones; cluster '{cluster.Name}' asks for {zoneCount}."));
            var number = zone + 1;

            var publicSubnet = new Subnet($"{name}-public-{number}", new SubnetArgs
            {
                VpcId = vpc.Id,
                AvailabilityZone = zoneName,
                CidrBlock = vpcCidr.Subnet(subnetPrefix, 4 + zone).ToString(),
                MapPublicIpOnLaunch = false,
                Tags = { ["Name"] = $"{cluster.Name}-public-{number}", [PublicElbTag] = "1" },
            }, Options());
            new RouteTableAssociation($"{name}-public-{number}", new RouteTableAssociationArgs
            {
                SubnetId = publicSubnet.Id,
                RouteTableId = publicRoutes.Id,
            }, Options());

            var natAddress = new Eip($"{name}-nat-{number}", new EipArgs
            {
                Domain = "vpc",
                Tags = { ["Name"] = $"{cluster.Name}-nat-{number}" },
            }, Options());
            var natGateway = new NatGateway($"{name}-nat-{number}", new NatGatewayArgs
            {
                SubnetId = publicSubnet.Id,
                AllocationId = natAddress.AllocationId,
                Tags = { ["Name"] = $"{cluster.Name}-nat-{number}" },
            }, new CustomResourceOptions { Parent = parent, Provider = aws, Protect = protect, DependsOn = { internetGateway } });

            var privateSubnet = new Subnet($"{name}-private-{number}", new SubnetArgs
            {
                VpcId = vpc.Id,
                AvailabilityZone = zoneName,
                CidrBlock = vpcCidr.Subnet(subnetPrefix, zone).ToString(),
                Tags = { ["Name"] = $"{cluster.Name}-private-{number}", [InternalElbTag] = "1" },
            }, Options());
            var privateRoutes = new RouteTable($"{name}-private-rt-{number}", new RouteTableArgs
            {
                VpcId = vpc.Id,
                Routes = { new RouteTableRouteArgs { CidrBlock = AnyIpv4, NatGatewayId = natGateway.Id } },
                Tags = { ["Name"] = $"{cluster.Name}-private-{number}" },
            }, Options());
            new RouteTableAssociation($"{name}-private-{number}", new RouteTableAssociationArgs
            {
                SubnetId = privateSubnet.Id,
                RouteTableId = privateRoutes.Id,
            }, Options());

            publicSubnets.Add(publicSubnet.Id);
            privateSubnets.Add(privateSubnet.Id);
        }

        return new EksNetwork(vpc.Id, Output.All(publicSubnets), Output.All(privateSubnets));
    }
}
