using FleetInfra.Core.Diagnostics;
using FleetInfra.Core.Intents;
using FleetInfra.Core.Planning;
using FleetInfra.Core.Policies;

namespace FleetInfra.Core.Diffing.Hazards;

/// <summary>FI103: a public host moves to another cluster or provider: its DNS record flips and its certificate is issued again there.</summary>
internal sealed class HostMoveHazard : IHazardRule
{
    public string Id => "FI103";

    public string Title => "a public host moves between clusters or providers";

    public PolicyLevel DefaultLevel => PolicyLevel.Warning;

    public IEnumerable<HazardFinding> Check(HazardContext context)
    {
        var before = ServersOf(context.Clusters.Select(c => c.Before));
        var after = ServersOf(context.Clusters.Select(c => c.After));
        foreach (var (host, now) in after)
        {
            if (!before.TryGetValue(host, out var was) || was.Servers.SetEquals(now.Servers) || !was.Servers.Except(now.Servers).Any())
            {
                continue;
            }

            var to = now.Servers.Except(was.Servers).DefaultIfEmpty(now.Servers.Min()!).First();
            yield return new HazardFinding(
                to.Split(' ')[0],
                HostSource(context, now.App, host),
                $"host {host} moves from {string.Join(", ", was.Servers.Order(StringComparer.Ordinal))} to {string.Join(", ", now.Servers.Order(StringComparer.Ordinal))}: its DNS record flips to the new load balancer and its certificate is issued again there, so clients see errors until it is active; serve the host on both first, wait for the new certificate, then remove it from the old cluster in a second change");
        }
    }

    /// <summary>Every public host with the clusters serving it, each as <c>cluster (provider)</c>, and its app.</summary>
    private static Dictionary<string, (HashSet<string> Servers, string App)> ServersOf(IEnumerable<ClusterPlan?> clusters)
    {
        var hosts = new Dictionary<string, (HashSet<string> Servers, string App)>(StringComparer.Ordinal);
        foreach (var cluster in clusters.OfType<ClusterPlan>())
        {
            var server = $"{cluster.Name} ({cluster.Provider.ToString().ToLowerInvariant()})";
            foreach (var (host, app) in ClusterPlanDiffer.HostsOf(cluster))
            {
                if (!hosts.TryGetValue(host, out var entry))
                {
                    hosts[host] = entry = (new HashSet<string>(StringComparer.Ordinal), app);
                }

                entry.Servers.Add(server);
            }
        }

        return hosts;
    }

    private static SourceLocation HostSource(HazardContext context, string app, string host) =>
        context.HeadIntent(app)?.CustomDomains.FirstOrDefault(d => d.Domain == host)?.Source is { } domain
            ? context.Head.Relative(domain)
            : context.AppSource(app, IntentKeys.CustomDomains);
}
