using System.Collections.Immutable;
using System.Runtime.InteropServices;
using FleetInfra.Core.Config;
using FleetInfra.Core.Diagnostics;
using FleetInfra.Core.Planning;

namespace FleetInfra.Core.Addons;

/// <summary>
/// Decides, per cluster, which add-ons make its rendered objects take effect, and why. Pure: the same cluster and apps
/// always give the same <see cref="ClusterAddons"/>.
/// </summary>
public static class AddonPlanner
{
    /// <summary>The most names ACM puts on one certificate without a quota increase.</summary>
    public const int AcmDefaultNameQuota = 10;

    /// <param name="stackName">The stack, so that record owners of clusters of the same name in other stacks differ.</param>
    /// <param name="cluster">The cluster.</param>
    /// <param name="clusterPath">The cluster's field path, like <c>fleet:clusters[0]</c>, for messages.</param>
    /// <param name="apps">The apps planned for the cluster.</param>
    /// <param name="claimedHosts">Hosts an earlier GKE cluster of the stack already writes to a Cloud DNS zone (updated).</param>
    /// <param name="diagnostics">Where warnings and errors go.</param>
    public static ClusterAddons Plan(
        string stackName, ClusterConfig cluster, string clusterPath, ImmutableArray<AppPlan> apps,
        ISet<string> claimedHosts, DiagnosticBag diagnostics)
    {
        var context = new Context(cluster, clusterPath, apps, diagnostics);
        var addons = cluster.Provider == CloudProvider.Eks
            ? PlanEks(stackName, context)
            : PlanGke(stackName, context, claimedHosts);
        return WithVerticalScaling(KedaPodIdentityPlanner.WithQueues(WithScheduling(addons, apps), cluster, apps), cluster.Provider, apps);
    }

    /// <summary>A VerticalPodAutoscaler only where an app asks for one: the chart on EKS, the built-in on GKE.</summary>
    private static ClusterAddons WithVerticalScaling(ClusterAddons addons, CloudProvider provider, ImmutableArray<AppPlan> apps)
    {
        var vertical = apps.Where(a => a.Scaling.Vertical is not null).ToList();
        if (vertical.Count == 0)
        {
            return addons;
        }

        var applies = vertical.Exists(a => a.Scaling.Vertical!.AppliesRecommendations);
        var plan = new VerticalPodAutoscalerPlan(provider == CloudProvider.Eks ? AddonVersions.VerticalPodAutoscaler : null, applies);
        var delivery = plan.Chart is { } chart
            ? $"Helm {chart}{(applies ? string.Empty : ", recommender only")}"
            : "GKE vertical Pod autoscaling (verticalPodAutoscaling.enabled)";
        var reason = $"VerticalPodAutoscaler on {string.Join(", ", vertical.Select(a => $"{a.Name} ({a.Scaling.Vertical!.UpdateMode})"))}";
        return addons with { VerticalPodAutoscaler = plan, Decisions = addons.Decisions.Add(new AddonDecision("vertical scaling", delivery, reason)) };
    }

    /// <summary>
    /// KEDA on either provider when an app has working hours or Prometheus triggers: its ScaledObject does nothing
    /// without the operator.
    /// </summary>
    private static ClusterAddons WithScheduling(ClusterAddons addons, ImmutableArray<AppPlan> apps)
    {
        var scaled = apps.Where(a => a.Scaling.ScaledByKeda).ToList();
        if (scaled.Count == 0)
        {
            return addons;
        }

        var need = scaled.Exists(a => a.Scaling.Scheduled) ? "schedules" : scaled.Exists(a => a.Scaling.Horizontal.Queue is not null) ? "queue metrics" : "custom metrics";
        return addons with
        {
            Keda = AddonVersions.Keda,
            Decisions = addons.Decisions.Add(new AddonDecision(need, $"Helm {AddonVersions.Keda}", $"ScaledObject on {string.Join(", ", scaled.Select(a => a.Name))}")),
        };
    }

    private static ClusterAddons PlanEks(string stackName, Context context)
    {
        var (cluster, _, apps, _) = context;
        var switches = cluster.Addons;
        var decisions = ImmutableArray.CreateBuilder<AddonDecision>();
        var result = ClusterAddons.None;

        if (context.AutoscaledApps is { Length: > 0 } autoscaled)
        {
            var reason = $"HPA on {string.Join(", ", autoscaled)}";
            if (switches.MetricsServer)
            {
                result = result with { MetricsServer = AddonVersions.MetricsServer };
                decisions.Add(new AddonDecision("metrics", $"Helm {AddonVersions.MetricsServer}", reason));
            }
            else
            {
                decisions.Add(new AddonDecision("metrics", "off (addons.metricsServer)", reason));
                context.Warn("addons.metricsServer",
                    $"is off but {string.Join(", ", autoscaled)} autoscale on CPU: EKS has no metrics source, so their HPAs never scale; turn it on or install a metrics source yourself");
            }
        }

        if (!apps.IsEmpty)
        {
            var reason = $"NetworkPolicies of {apps.Length} app{(apps.Length == 1 ? string.Empty : "s")}, default-deny included";
            if (switches.NetworkPolicy)
            {
                result = result with { NetworkPolicyEnforcement = true };
                decisions.Add(new AddonDecision("network policy", "EKS vpc-cni add-on with enableNetworkPolicy", reason));
            }
            else
            {
                decisions.Add(new AddonDecision("network policy", "off (addons.networkPolicy)", reason));
                context.Warn("addons.networkPolicy",
                    "is off: the VPC CNI ignores every NetworkPolicy, default-deny included, so pods accept traffic from anywhere in the VPC; turn it on or run another policy engine");
            }
        }

        if (context.GrowableNodeGroups is { Length: > 0 } growable)
        {
            var reason = $"node groups {string.Join(", ", growable.Select(g => $"{g.Name} ({g.MinSize}-{g.MaxSize})"))} can grow";
            if (!switches.NodeAutoscaler)
            {
                decisions.Add(new AddonDecision("node autoscaler", "off (addons.nodeAutoscaler)", reason));
                context.Warn("addons.nodeAutoscaler",
                    $"is off: node groups {string.Join(", ", growable.Select(g => g.Name))} stay at desiredSize and never use their maxSize; turn it on or install Karpenter yourself");
            }
            else if (AddonVersions.ClusterAutoscalerImageTags.TryGetValue(cluster.KubernetesVersion, out var imageTag))
            {
                result = result with { NodeAutoscaler = new ClusterAutoscalerPlan(AddonVersions.ClusterAutoscaler, imageTag, [.. growable.Select(g => g.Name)]) };
                decisions.Add(new AddonDecision("node autoscaler", $"Helm {AddonVersions.ClusterAutoscaler}, image {imageTag}", reason));
            }
            else
            {
                context.Error("kubernetesVersion",
                    $"Cluster Autoscaler has no release pinned for Kubernetes {cluster.KubernetesVersion}; use {AddonVersions.ClusterAutoscalerImageTags.Keys.First()} to {AddonVersions.ClusterAutoscalerImageTags.Keys.Last()}, or set addons.nodeAutoscaler: false");
            }
        }

        if (context.Hosts.IsEmpty)
        {
            return result with { Decisions = decisions.ToImmutable(), Advice = context.Advice };
        }

        var zone = cluster.Dns.Route53;
        if (zone is null && (switches.Dns || (switches.Certificates && cluster.CertificateArn is null)))
        {
            context.Advise("dns",
                $"no Route 53 zone is configured, so the public hosts ({context.HostList}) will not resolve and no ACM certificate is issued for them; set fleet:dns.route53 or the cluster's dns.route53");
        }

        var hostsInZone = zone is null ? [] : context.HostsIn(zone);
        if (switches.Dns && zone is not null)
        {
            var owner = $"fleetinfra-{stackName}-{cluster.Name}";
            result = result with { ExternalDns = new ExternalDnsPlan(AddonVersions.ExternalDns, zone, owner, hostsInZone) };
            decisions.Add(new AddonDecision("dns", $"Helm {AddonVersions.ExternalDns}, Route 53 zone {zone.ZoneName}", $"{hostsInZone.Length} host{(hostsInZone.Length == 1 ? string.Empty : "s")} of public apps"));
        }
        else if (!switches.Dns)
        {
            decisions.Add(new AddonDecision("dns", "off (addons.dns)", "public hosts get no DNS records from FleetInfra"));
        }

        if (cluster.CertificateArn is { } arn)
        {
            decisions.Add(new AddonDecision("certificate", "named by certificateArn", arn));
        }
        else if (!switches.Certificates)
        {
            decisions.Add(new AddonDecision("certificate", "off (addons.certificates)", "the ALB discovers certificates you import into ACM for the hosts"));
        }
        else if (zone is not null && CertificateDomains(context, zone) is { IsEmpty: false } domains)
        {
            result = result with { Certificate = new AcmCertificatePlan(zone, domains) };
            decisions.Add(new AddonDecision("certificate", $"ACM, DNS-validated in {zone.ZoneName}", string.Join(", ", domains)));
            if (domains.Length > AcmDefaultNameQuota)
            {
                context.Warn("addons.certificates",
                    $"the ACM certificate needs {domains.Length} names, over ACM's default quota of {AcmDefaultNameQuota} per certificate; request a quota increase before deploying or move custom domains to another cluster");
            }
        }

        return result with { Decisions = decisions.ToImmutable(), Advice = context.Advice };
    }

    /// <summary>A wildcard for the default hosts, then every custom domain whose intent asks for a certificate, in the zone.</summary>
    private static ImmutableArray<string> CertificateDomains(Context context, Route53Zone zone)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        string? wildcard = null;
        foreach (var route in context.Apps.SelectMany(a => a.Routes).Where(r => r.ProviderCertificate && ((IDnsZone)zone).Covers(r.Host)))
        {
            if (route.IsDefaultHost)
            {
                wildcard = $"*.{route.Host[(route.Host.IndexOf('.', StringComparison.Ordinal) + 1)..]}";
            }
            else
            {
                names.Add(route.Host);
            }
        }

        return wildcard is null ? [.. names] : [wildcard, .. names];
    }

    private static ClusterAddons PlanGke(string stackName, Context context, ISet<string> claimedHosts)
    {
        var (cluster, _, _, _) = context;
        var switches = cluster.Addons;
        var decisions = ImmutableArray.CreateBuilder<AddonDecision>();
        var result = ClusterAddons.None;
        if (context.AutoscaledApps is { Length: > 0 } autoscaled)
        {
            decisions.Add(new AddonDecision("metrics", "GKE built-in (resource metrics API)", $"HPA on {string.Join(", ", autoscaled)}"));
        }

        if (!context.Apps.IsEmpty)
        {
            decisions.Add(new AddonDecision("network policy", "GKE Dataplane V2 (built in)", $"NetworkPolicies of {context.Apps.Length} app{(context.Apps.Length == 1 ? string.Empty : "s")}, default-deny included"));
        }

        if (context.GrowableNodeGroups is { Length: > 0 } growable)
        {
            decisions.Add(new AddonDecision("node autoscaler", "GKE node pool autoscaling (built in)",
                $"node pools {string.Join(", ", growable.Select(g => $"{g.Name} ({g.MinSize}-{g.MaxSize})"))} can grow"));
        }

        var publicApps = context.Apps.Where(a => a.IsPublic).ToList();
        if (publicApps.Count == 0)
        {
            return result with { Decisions = decisions.ToImmutable(), Advice = context.Advice };
        }

        var staticIps = ImmutableArray<StaticIpPlan>.Empty;
        if (switches.StaticIps)
        {
            var builder = ImmutableArray.CreateBuilder<StaticIpPlan>();
            foreach (var app in publicApps)
            {
                var name = StaticIpNames.For(stackName, cluster.Name, app.Name);
                builder.Add(new StaticIpPlan(app.Name, name, SortedDistinct(app.Routes.Select(r => r.Host))));
            }

            staticIps = builder.ToImmutable();
            result = result with { StaticIps = staticIps };
            decisions.Add(new AddonDecision("static IP", "reserved global addresses", string.Join(", ", staticIps.Select(ip => ip.Name))));
        }
        else
        {
            decisions.Add(new AddonDecision("static IP", "off (addons.staticIps)", "each Ingress gets an ephemeral address that changes when it is recreated"));
        }

        var zone = cluster.Dns.CloudDns;
        if (!switches.Dns)
        {
            decisions.Add(new AddonDecision("dns", "off (addons.dns)", "public hosts get no DNS records from FleetInfra"));
        }
        else if (zone is null)
        {
            context.Advise("dns",
                $"no Cloud DNS zone is configured, so the public hosts ({context.HostList}) will not resolve and their ManagedCertificates never become Active; set fleet:dns.cloudDns or the cluster's dns.cloudDns");
        }
        else if (!switches.StaticIps)
        {
            context.Warn("addons.staticIps",
                "is off, so FleetInfra has no stable address to point DNS records at and creates none; turn it on or manage the records yourself");
        }
        else
        {
            var records = ImmutableArray.CreateBuilder<DnsRecordPlan>();
            var shared = new List<string>();
            var inZone = context.HostsIn(zone).ToHashSet(StringComparer.Ordinal);
            foreach (var ip in staticIps)
            {
                foreach (var host in ip.Hosts.Where(inZone.Contains))
                {
                    if (claimedHosts.Add($"{zone.Project ?? cluster.Project}/{zone.ManagedZone}/{host}"))
                    {
                        records.Add(new DnsRecordPlan(host, ip.App, ip.Name));
                    }
                    else
                    {
                        shared.Add(host);
                    }
                }
            }

            var sorted = records.OrderBy(r => r.Host, StringComparer.Ordinal).ToImmutableArray();
            result = result with { CloudDnsRecords = new CloudDnsRecordsPlan(zone, zone.Project ?? cluster.Project!, sorted) };
            var sharedNote = shared.Count > 0 ? $"; {string.Join(", ", shared.Order(StringComparer.Ordinal))} already point at an earlier cluster of the stack" : string.Empty;
            decisions.Add(new AddonDecision("dns", $"Cloud DNS record sets in {zone.ManagedZone} ({zone.ZoneName})", $"{sorted.Length} A record{(sorted.Length == 1 ? string.Empty : "s")} to the static IPs{sharedNote}"));
        }

        decisions.Add(new AddonDecision("certificate", "GKE ManagedCertificate per public app", "issued once the hosts resolve to the Ingress address"));
        return result with { Decisions = decisions.ToImmutable(), Advice = context.Advice };
    }

    /// <summary>
    /// The hosts once each, in ordinal order: a set and one array sort, as <c>Distinct().Order()</c> gives, without its
    /// per-call sorting machinery (this runs for every cluster and every public app of every plan).
    /// </summary>
    private static ImmutableArray<string> SortedDistinct(IEnumerable<string> hosts)
    {
        var sorted = new HashSet<string>(hosts, StringComparer.Ordinal).ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        return ImmutableCollectionsMarshal.AsImmutableArray(sorted);
    }

    /// <summary>The cluster being planned, with what several decisions read.</summary>
    private sealed record Context(ClusterConfig Cluster, string ClusterPath, ImmutableArray<AppPlan> Apps, DiagnosticBag Diagnostics)
    {
        public ImmutableArray<string> AutoscaledApps { get; } = [.. Apps.Where(a => a.Scaling.Autoscaled).Select(a => a.Name)];

        public ImmutableArray<NodeGroupConfig> GrowableNodeGroups { get; } = [.. Cluster.NodeGroups.Where(g => g.MinSize < g.MaxSize)];

        /// <summary>Every host of the cluster's public apps, sorted.</summary>
        public ImmutableArray<string> Hosts { get; } = SortedDistinct(Apps.SelectMany(a => a.Routes).Select(r => r.Host));

        public string HostList => Hosts.Length <= 3 ? string.Join(", ", Hosts) : $"{string.Join(", ", Hosts.Take(3))} and {Hosts.Length - 3} more";

        /// <summary>The hosts inside the zone; a warning for each host outside it.</summary>
        public ImmutableArray<string> HostsIn(IDnsZone zone)
        {
            foreach (var host in Hosts.Where(h => !zone.Covers(h)))
            {
                Diagnostics.Warning(zone.Source, $"{ClusterPath}.dns",
                    $"host '{host}' of cluster '{Cluster.Name}' is outside the zone {zone.ZoneName}, so FleetInfra gives it no DNS record{(Cluster.Provider == CloudProvider.Eks ? " or certificate" : string.Empty)}; point it at the load balancer yourself or configure a zone that covers it");
            }

            return [.. Hosts.Where(zone.Covers)];
        }

        /// <summary>Warnings for <see cref="ClusterAddons.Advice"/>.</summary>
        public ImmutableArray<Diagnostic> Advice => [.. _advice];

        private readonly List<Diagnostic> _advice = [];

        public void Advise(string field, string message) => _advice.Add(new Diagnostic(Cluster.Source, $"{ClusterPath}.{field}", message, Severity.Warning));

        public void Warn(string field, string message) => Diagnostics.Warning(Cluster.Source, $"{ClusterPath}.{field}", message);

        public void Error(string field, string message) => Diagnostics.Error(Cluster.Source, $"{ClusterPath}.{field}", message);
    }
}
