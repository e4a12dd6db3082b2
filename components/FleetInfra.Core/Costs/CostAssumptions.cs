namespace FleetInfra.Core.Costs;

/// <summary>The fixed assumptions of the estimate, each documented in docs/cost.md.</summary>
public static class CostAssumptions
{
    /// <value>730 hours: 365 days x 24 hours / 12 months, the month the cloud price pages use.</value>
    public const int HoursPerMonth = 730;

    /// <value>168 hours in a week; a month holds 730/168 weeks.</value>
    public const int HoursPerWeek = 168;

    /// <value>100m CPU per node for DaemonSets (kube-proxy, CNI and CSI node agents), taken off allocatable.</value>
    public const int DaemonSetCpuMillisPerNode = 100;

    /// <value>200Mi memory per node for DaemonSets, taken off allocatable.</value>
    public const int DaemonSetMemoryMiBPerNode = 200;

    /// <value>30%: a node group whose apps request less of its CPU and of its memory at minimum replicas is over-provisioned.</value>
    public const double OverProvisionedPercent = 30;

    /// <value>3 NAT gateways: a new EKS VPC spans 3 availability zones (EksClusterArgs.DefaultAvailabilityZoneCount) with one NAT gateway each.</value>
    public const int EksNatGateways = 3;

    /// <value>2 forwarding rules per GKE Ingress: HTTPS, and HTTP for the redirect.</value>
    public const int ForwardingRulesPerGkeIngress = 2;

    /// <value>32 VMs: Cloud NAT charges per VM up to 32, then a flat hourly price.</value>
    public const int CloudNatPerVmLimit = 32;

    /// <value>5 forwarding rules per project share one hourly price.</value>
    public const int ForwardingRulesInBasePrice = 5;
}
