using System.Collections.Immutable;
using FleetInfra.Core.Config;
using FleetInfra.Core.Planning;

namespace FleetInfra.Core.Costs;

/// <summary>The parts of a cluster's bill besides node compute, per provider (see docs/cost.md for what each includes).</summary>
internal sealed class ClusterLines(ClusterPlan cluster, PriceLookup lookup)
{
    private readonly ImmutableArray<CostLine>.Builder _lines = ImmutableArray.CreateBuilder<CostLine>();

    private string Region => cluster.Cluster.Region;

    private ImmutableArray<NodeGroupConfig> Groups => cluster.Cluster.NodeGroups;

    /// <param name="forwardingRulesInProject">Forwarding rules earlier GKE clusters of the stack put in each project (updated).</param>
    public ImmutableArray<CostLine> Build(IDictionary<string, int> forwardingRulesInProject)
    {
        if (cluster.Provider == CloudProvider.Eks)
        {
            Eks();
        }
        else
        {
            Gke(forwardingRulesInProject);
        }

        return _lines.ToImmutable();
    }

    private void Eks()
    {
        Fixed("control-plane", "eks:control-plane", "hour", 1, "EKS standard support, per cluster");
        var publicApps = cluster.Apps.Count(a => a.IsPublic);
        if (publicApps > 0)
        {
            Fixed("load-balancer", "elb:application-load-balancer", "hour", 1,
                $"one ALB shared by {publicApps} public app{Plural(publicApps)} (group.name {cluster.Name}); LCU usage not included");
        }

        if (cluster.Cluster.ExistingVpcId is null)
        {
            Fixed("nat", "vpc:nat-gateway", "hour", CostAssumptions.EksNatGateways, "one NAT gateway per availability zone of the new VPC; data processed not included");
        }

        Disks("ebs:gp3", "gp3 root volumes");
        Fixed("encryption", "kms:key", "month", 1, "the KMS key that encrypts Kubernetes secrets; requests not included");
        if (cluster.Addons.Certificate is { } certificate)
        {
            Fixed("certificate", "acm:public-certificate", "month", 1, $"ACM public certificate for {certificate.Domains.Length} name{Plural(certificate.Domains.Length)}, free with an ALB");
        }

        if (cluster.Addons.ExternalDns is { } dns)
        {
            Fixed("dns", "route53:record", "month", dns.Hosts.Length, $"ExternalDNS records in the existing zone {dns.Zone.ZoneName}; the zone and queries are billed with it");
        }
    }

    private void Gke(IDictionary<string, int> forwardingRulesInProject)
    {
        Fixed("control-plane", "gke:cluster-management", "hour", 1,
            "GKE cluster management fee; the free tier's monthly credit applies to zonal and Autopilot clusters only, and FleetInfra's GKE clusters are regional");
        var publicApps = cluster.Apps.Count(a => a.IsPublic);
        if (publicApps > 0)
        {
            var project = cluster.Cluster.Project ?? cluster.Name;
            var before = forwardingRulesInProject.TryGetValue(project, out var count) ? count : 0;
            var rules = publicApps * CostAssumptions.ForwardingRulesPerGkeIngress;
            forwardingRulesInProject[project] = before + rules;
            var extra = Math.Max(0, before + rules - CostAssumptions.ForwardingRulesInBasePrice) - Math.Max(0, before - CostAssumptions.ForwardingRulesInBasePrice);
            var what = $"{publicApps} load balancer{Plural(publicApps)} (one per public app's Ingress, {rules} forwarding rules with HTTP and HTTPS)";
            if (before == 0)
            {
                Fixed("load-balancer", "lb:forwarding-rules-first-5", "hour", 1, $"{what}: the first {CostAssumptions.ForwardingRulesInBasePrice} rules of project {project}; data processed not included");
            }

            if (extra > 0)
            {
                Fixed("load-balancer", "lb:forwarding-rule-additional", "hour", extra, $"{extra} forwarding rule{Plural(extra)} beyond the first {CostAssumptions.ForwardingRulesInBasePrice} of project {project}");
            }
        }

        if (cluster.Cluster.PrivateNodes)
        {
            CloudNat();
        }

        Disks("pd:balanced", "pd-balanced boot disks");
        if (publicApps > 0)
        {
            Fixed("certificate", "certificate:google-managed", "month", publicApps, "one Google-managed certificate per public app, free");
        }

        if (!cluster.Addons.StaticIps.IsEmpty)
        {
            Fixed("static-ip", "ip:static-on-forwarding-rule", "hour", cluster.Addons.StaticIps.Length, "reserved global addresses in use by a forwarding rule");
        }

        if (cluster.Addons.CloudDnsRecords is { } records)
        {
            Fixed("dns", "dns:record", "month", records.Records.Length, $"A records in the existing zone {records.Zone.ManagedZone}; the zone and queries are billed with it");
        }
    }

    /// <summary>Cloud NAT: per VM-hour up to 32 VMs, then a flat hourly price; varies with the node count.</summary>
    private void CloudNat()
    {
        var perVm = lookup.Price(cluster.Provider, Region, "nat:cloud-nat-vm", "hour", cluster.Name);
        var flat = lookup.Price(cluster.Provider, Region, "nat:cloud-nat-max", "hour", cluster.Name);
        decimal? At(int nodes) => nodes > CostAssumptions.CloudNatPerVmLimit ? Monthly(flat, 1, "hour") : Monthly(perVm, nodes, "hour");
        var desired = Groups.Sum(g => g.DesiredSize);
        _lines.Add(new CostLine("nat", "nat:cloud-nat-vm", Math.Min(desired, CostAssumptions.CloudNatPerVmLimit), "hour", perVm,
            At(desired), At(Groups.Sum(g => g.MinSize)), At(Groups.Sum(g => g.MaxSize)),
            $"Cloud NAT for private nodes, per node up to {CostAssumptions.CloudNatPerVmLimit}; data processed not included"));
    }

    private void Disks(string item, string what)
    {
        var price = lookup.Price(cluster.Provider, Region, item, "gb-month", cluster.Name);
        decimal Gb(Func<NodeGroupConfig, int> nodes) => Groups.Sum(g => (decimal)nodes(g) * g.DiskSizeGb);
        _lines.Add(new CostLine("storage", item, Gb(g => g.DesiredSize), "gb-month", price,
            Monthly(price, Gb(g => g.DesiredSize), "gb-month"), Monthly(price, Gb(g => g.MinSize), "gb-month"), Monthly(price, Gb(g => g.MaxSize), "gb-month"),
            $"{what}, diskSizeGb per node"));
    }

    private void Fixed(string category, string item, string unit, decimal quantity, string note)
    {
        var price = lookup.Price(cluster.Provider, Region, item, unit, cluster.Name);
        var monthly = Monthly(price, quantity, unit);
        _lines.Add(new CostLine(category, item, quantity, unit, price, monthly, monthly, monthly, note));
    }

    /// <summary>Quantity x price, hourly prices x 730, rounded to cents; null without a price.</summary>
    public static decimal? Monthly(decimal? price, decimal quantity, string unit) =>
        price is { } usd ? Math.Round(quantity * usd * (unit == "hour" ? CostAssumptions.HoursPerMonth : 1), 2, MidpointRounding.AwayFromZero) : null;

    private static string Plural(decimal count) => count == 1 ? string.Empty : "s";
}
